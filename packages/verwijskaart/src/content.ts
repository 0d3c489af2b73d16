import { msg, str } from '@niet-alleen/core/msg';
import type { DayId } from './schema.js';
import type { FieldErrorCode } from './validation.js';

/** The card's own words (workbook 11.5), verbatim. Functions, so they follow the locale. */
export const verwijskaartText = {
  title: () => msg('Verwijskaart'),
  steps: () => msg('Op basis van uw vermoedens onderneemt u het volgende:'),
  options: () => msg('Nadat u het bespreekbaar heeft gemaakt zijn er de volgende opties:'),
  /** The blank card's prompt. */
  contactPrompt: () => msg('Voor vragen en advies neemt u contact op met naam/organisatie/team:'),
  /** Above a filled-in contact. */
  contact: () => msg('Voor vragen en advies neemt u contact op met'),
  tel: () => msg('Tel:'),
  email: () => msg('Email:'),
  facebook: () => msg('Facebook:'),
  hoursBlank: () => msg('Bereikbaar van'),
  hoursBlankTo: () => msg('tot'),
  daysBlank: () => msg('Op dagen'),
  hours: (opens: string, closes: string) => msg(str`Bereikbaar van ${opens} tot ${closes}`),
  days: (days: string) => msg(str`Op dagen ${days}`),
};

/** The instruction of practice assignment 11.3, verbatim: the questions the card answers. */
export const assignmentQuestions = () => [
  msg('Wie zijn er in uw gemeente betrokken bij deze problematiek? Wie zou u willen betrekken?'),
  msg('Bespreek uw aanpak met personen/instellingen voor wie dit relevant is.'),
  msg('Ga met elkaar om de tafel met als doel samen te werken aan signalering.'),
  msg('Waar kunt u terecht met signalen en vragen?'),
  msg('Waar kunnen anderen voor bij u terecht?'),
  msg('Zorg voor duidelijke afspraken over waar signalen gemeld kunnen worden en wie wat kan doen na het binnenkomen van signalen, zodat de signalen snel worden opgevolgd.'),
  msg('Maak een maatwerk-versie voor uw eigen gemeente/wijk/dorp.'),
  msg('Test uw aanpak uit in de praktijk binnen een van tevoren afgesproken periode en pas uw werkwijze na afloop aan waar nodig.'),
];

export function dayName(day: DayId): string {
  switch (day) {
    case 'MO': return msg('maandag');
    case 'TU': return msg('dinsdag');
    case 'WE': return msg('woensdag');
    case 'TH': return msg('donderdag');
    case 'FR': return msg('vrijdag');
    case 'SA': return msg('zaterdag');
    case 'SU': return msg('zondag');
  }
}

/** Why a field was not taken over, in plain words, with an example of what works. */
export function fieldErrorText(code: FieldErrorCode | string): string {
  switch (code) {
    case 'phone-characters':
    case 'phone':
      return msg('Dit is geen telefoonnummer. Gebruik cijfers, spaties of streepjes, zoals 0123 456 789.');
    case 'phone-length':
      return msg('Dit telefoonnummer heeft te veel of te weinig cijfers. Kijk het nummer nog eens na.');
    case 'phone-national-length':
      return msg('Een telefoonnummer dat met 0 begint, heeft 10 cijfers. Bijvoorbeeld 0123 456 789.');
    case 'email':
      return msg('Dit is geen e-mailadres. Een e-mailadres ziet er zo uit: naam@voorbeeld.nl.');
    case 'url':
      return msg('Dit is geen webadres. Een webadres ziet er zo uit: https://www.voorbeeld.nl.');
    case 'url-userinfo':
      return msg('In dit webadres staat iets met een @ vóór de naam van de website. Zo’n link gaat naar een andere website dan hij lijkt. Laat het deel tot en met de @ weg.');
    case 'time':
      return msg('Schrijf de tijd in uren en minuten, zoals 09:00 of 17:30.');
    case 'time-order':
      return msg('De eindtijd moet later zijn dan de begintijd.');
    default:
      return msg('Dit klopt niet.');
  }
}
