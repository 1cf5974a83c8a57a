/**
 * Finishes switching a site on when its permission is granted, even if the popup that asked was closed
 * by the permission prompt (Firefox does that). Harmless when the popup finished the job itself.
 */
import { browser } from 'wxt/browser';
import { PENDING_SITE_KEY } from '../../lib/protocol';
import { updateSettings, withSite } from '../../lib/settings-store';
import { matchPatternsFor } from '../../lib/sites';

export function finishPendingSites(): void {
  browser.permissions.onAdded.addListener(async (granted) => {
    const pending = (await browser.storage.session.get(PENDING_SITE_KEY))[PENDING_SITE_KEY];
    if (typeof pending !== 'string') return;
    const origins = new Set(granted.origins ?? []);
    if (!matchPatternsFor(pending).some((p) => origins.has(p))) return;
    await browser.storage.session.remove(PENDING_SITE_KEY);
    await updateSettings(browser.storage.local, (s) => withSite(s, pending, true));
  });
}
