/**
 * A fixed clock for stories: a Monday, at 10:30 unless said otherwise. The verwijskaart shows
 * whether its contact is reachable *now* (also inside the werkwijze dossier), so a story that
 * used the device's clock would look different in the evening and break its screenshot.
 */
export const monday = (hours = 10, minutes = 30) => new Date(2026, 10, 23, hours, minutes);
