// read-ics.js: an iCalendar file read by a second, independent parser: ical.js,
// Thunderbird's, from the npm registry (testing.md; build-aux/opl-dev installs it).
//
//   node read-ics.js FILE
//
// Registers every VTIMEZONE of the file by its TZID, as a calendar program does, then
// prints one line per VEVENT: its UID, DTSTART and DTEND in UTC, and the time zone
// ical.js found for DTSTART ("floating" when the file defines none of that TZID).
//
// SPDX-License-Identifier: GPL-3.0-or-later
'use strict';

const fs = require('fs');
const ICAL = require('ical.js');

const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(process.argv[2], 'utf8')));

for (const vtimezone of calendar.getAllSubcomponents('vtimezone'))
  ICAL.TimezoneService.register(vtimezone);

const utc = (time) => new Date(time.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');

for (const vevent of calendar.getAllSubcomponents('vevent')) {
  const start = vevent.getFirstPropertyValue('dtstart');
  const end = vevent.getFirstPropertyValue('dtend');
  const zone = start.zone === ICAL.Timezone.localTimezone ? 'floating' : start.zone.tzid;

  console.log([vevent.getFirstPropertyValue('uid'), utc(start), utc(end), zone].join(' '));
}
