/**
 * The filter of the incident index: an analyst narrows the list by country, actor, type and
 * dates, shares the address, and the reader who opens it sees the same rows.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { closeBrowser, closePage, expectClean, openPage, type Page } from './harness.ts';
import { siteRecords } from './records.ts';
import { dateSpan, overlaps } from '../../src/domain/date-span.ts';
import { PAGE_SIZE } from '../../src/domain/pagination.ts';

afterAll(closeBrowser);

const incidents = siteRecords('main').incidents;
// The fixture's most active perpetrator (ZLF), with incidents of several event types.
const actor = 'zarkan-front';
// With a filter the list is redrawn from the record's compact data (loaded once): poll for it.
const shown = (page: Page) => page.locator('#incident-index tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-incident-id')!).sort());
const firstPage = Math.min(incidents.length, PAGE_SIZE);
const expected = (keep: (i: (typeof incidents)[number]) => boolean) => incidents.filter(keep).map((i) => i.id).sort();

describe('incident index filter', () => {
  test('a shared URL with country and start date shows only those incidents and says how many', async () => {
    const page = await openPage('/incidents/?country=tgo&from=2023-01-01');
    try {
      // An incident known only to its week, month or year is in when its span reaches the start date.
      const want = expected((i) => i.data.location.country === 'tgo' && overlaps(dateSpan(i.data), '2023-01-01'));
      expect(want.length).toBeGreaterThan(0);
      expect(want.length, 'the start date leaves out some Togolese incidents').toBeLessThan(expected((i) => i.data.location.country === 'tgo').length);
      await expect.poll(() => shown(page)).toEqual(want);
      await expect.poll(() => page.locator('.filter-status').innerText()).toMatch(new RegExp(`^Showing ${want.length} of ${incidents.length} incidents`));
      expect(await page.inputValue('#f-country')).toBe('tgo');
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('choosing an actor and an event type narrows the rows and writes the filter into the address', async () => {
    const page = await openPage('/incidents/');
    try {
      expect(await shown(page)).toHaveLength(firstPage);
      const want = expected((i) => i.data.actors.perpetrators.includes(actor) && i.data.event_type === 'battles');
      expect(want.length).toBeGreaterThan(0);
      expect(want.length, 'the event type leaves out some of the actor\'s incidents').toBeLessThan(expected((i) => i.data.actors.perpetrators.includes(actor)).length);
      await page.selectOption('#f-actor', actor);
      await page.selectOption('#f-type', 'battles');
      await expect.poll(() => shown(page)).toEqual(want);
      expect(new URL(page.url()).search).toBe(`?actor=${actor}&type=battles`);
      await page.click('.filter-form button[type=reset]');
      await expect.poll(() => shown(page).then((s) => s.length)).toBe(firstPage);
      expect(new URL(page.url()).search).toBe('');
      expectClean(page);
    } finally {
      await closePage(page);
    }
  });

  test('a filter that matches nothing says so instead of showing an empty table', async () => {
    const page = await openPage('/incidents/?from=2999-01-01');
    try {
      await expect.poll(() => page.locator('.filter-empty').isVisible()).toBe(true);
      expect(await shown(page)).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  test('without JavaScript the first page of incidents is listed and no dead filter form is shown', async () => {
    const page = await openPage('/incidents/?country=tgo', { javaScript: false });
    try {
      expect(await page.locator('#incident-index tbody tr').count()).toBe(firstPage);
      expect(await page.locator('.filter-form').isVisible()).toBe(false);
    } finally {
      await closePage(page);
    }
  });
});
