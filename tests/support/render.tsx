/** Renders a React tree into happy-dom and waits for effects to settle. */
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export async function render(node: ReactNode): Promise<{ container: HTMLElement; unmount: () => void }> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  await settle();
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Lets pending promises and the React updates they cause finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

export function byText(container: HTMLElement, selector: string, text: string): HTMLElement {
  const el = [...container.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.includes(text));
  if (!el) throw new Error(`No ${selector} with text "${text}"`);
  return el;
}
