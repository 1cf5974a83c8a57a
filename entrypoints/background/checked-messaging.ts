/**
 * The background's one way to listen for messages: every handler gets only a message whose sender and
 * data pass lib/message-check's MESSAGE_RULES (the data as parsed, so unknown fields are gone). A refused
 * message never reaches its handler; its sender gets an error naming the rule it broke.
 */
import type { ExtensionMessenger } from '@webext-core/messaging';
import { checkMessage, MESSAGE_RULES, type BackgroundMessage, type SenderFacts } from '../../lib/message-check';
import type { ProtocolMap } from '../../lib/protocol';

const isBackgroundMessage = (type: PropertyKey): type is BackgroundMessage => Object.hasOwn(MESSAGE_RULES, type);

/**
 * `messaging` with a checked `onMessage` (`extensionBase`: runtime.getURL('/')). A type without a rule
 * can't be listened for here: the table is the list of what the background accepts.
 */
export function checkedMessaging(messaging: ExtensionMessenger<ProtocolMap>, extensionBase: string): ExtensionMessenger<ProtocolMap> {
  const onMessage: ExtensionMessenger<ProtocolMap>['onMessage'] = (type, onReceived) => {
    if (!isBackgroundMessage(type)) throw new Error(`No MESSAGE_RULES entry for ${String(type)}`);
    return messaging.onMessage(type, (message) => {
      const verdict = checkMessage(type, message.data as unknown, message.sender as SenderFacts, extensionBase);
      if (!verdict.ok) {
        console.debug('[CaseLens] refused', verdict.reason);
        throw new Error(`Refused: ${verdict.reason}`);
      }
      return onReceived({ ...message, data: verdict.data as typeof message.data });
    });
  };
  return { ...messaging, onMessage };
}
