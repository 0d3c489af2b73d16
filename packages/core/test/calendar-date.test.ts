import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { formatCalendarDate } from '@niet-alleen/core';

// One formatter for a day written 'YYYY-MM-DD' (the reflectors' moments, the plan's look-backs):
// the same day in every time zone (issue 23: one formatted local midnight, the other UTC).
describe('core: formatCalendarDate writes a day out, the same day everywhere', () => {
  it('writes the day in Dutch and in English', () => {
    expect(formatCalendarDate('2026-03-04', 'nl')).to.equal('4 maart 2026');
    expect(formatCalendarDate('2026-03-04', 'en')).to.equal('March 4, 2026');
    expect(formatCalendarDate('2024-02-29', 'nl')).to.equal('29 februari 2024');
  });

  it('gives back the text itself for what is no day of the calendar', () => {
    for (const text of ['', '2026-02-29', '2026-13-01', '2026-3-4', '4 maart', '0050-01-01', '2026-03-04T10:00']) {
      expect(formatCalendarDate(text, 'nl'), text).to.equal(text);
    }
    expect(formatCalendarDate('2026-03-04', 'geen taal!')).to.equal('2026-03-04');
  });

  for (const zone of ['Europe/Amsterdam', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
    it(`writes the same day with the page in ${zone}`, async function () {
      try {
        await executeServerCommand('timezone', { id: zone });
      } catch {
        console.warn('calendar-date: skipped, this browser has no time zone command');
        this.skip();
      }
      try {
        expect(formatCalendarDate('2026-12-07', 'nl')).to.equal('7 december 2026');
        expect(formatCalendarDate('2026-03-29', 'nl')).to.equal('29 maart 2026'); // clocks change in Europe
      } finally {
        await executeServerCommand('timezone', {}).catch(() => undefined);
      }
    });
  }
});
