import type { VerwijskaartValue } from './schema.js';

/**
 * A filled-in example for a fictional municipality (Rivierstad, wijk Oost), for stories, docs,
 * demos and tests. Phone numbers use the unused area code 0123; addresses use the reserved
 * `.example` domain.
 */
export const verwijskaartExample: VerwijskaartValue = {
  schemaVersion: 1,
  title: 'Verwijskaart eenzaamheid wijk Oost',
  area: 'Gemeente Rivierstad, wijk Oost',
  steps: [
    { id: 'stap-1', text: 'Bespreek uw vermoedens altijd eerst met de persoon zelf. Een niet-pluis-gevoel is genoeg.' },
    { id: 'stap-2', text: 'Lukt dat niet, of wilt u dat niet? Geef het signaal door aan het wijkteam Oost (zie onderaan).' },
    { id: 'stap-3', text: 'Vertel de persoon dat u het signaal doorgeeft. Geef alleen door wat nodig is.' },
  ],
  options: [
    {
      id: 'optie-maatje',
      text: 'Een maatje dat op bezoek komt',
      organization: { name: 'Welzijn Rivierstad' },
      service: { name: 'Maatjesproject Oost', application_process: 'Bel of mail. Een coördinator komt eerst kennismaken.' },
      phone: '0123 456 780',
      email: 'maatjes@welzijnrivierstad.example',
      url: 'https://www.welzijnrivierstad.example/maatjes',
      signalGroups: ['sociaal', 'psychisch', 'levensgebeurtenissen'],
    },
    {
      id: 'optie-eetclub',
      text: 'Samen eten in de buurt',
      organization: { name: 'Buurthuis De Ketel' },
      service: { name: 'Eetclub op donderdag', application_process: 'Gewoon langskomen, of een dag van tevoren bellen.' },
      phone: '0123 456 781',
      email: '',
      url: '',
      signalGroups: ['sociaal', 'gedragsmatig'],
    },
    {
      id: 'optie-huisarts',
      text: 'Praten met de praktijkondersteuner van de huisarts',
      organization: { name: 'Huisartsenpraktijk Oost' },
      service: { name: 'Praktijkondersteuner GGZ', application_process: 'Afspraak maken via de assistente.' },
      phone: '0123 456 782',
      email: '',
      url: '',
      signalGroups: ['lichamelijk', 'psychisch'],
    },
    {
      id: 'optie-rouw',
      text: 'Een gespreksgroep over verlies en rouw',
      organization: { name: 'Welzijn Rivierstad' },
      service: { name: 'Rouwgroep', application_process: 'Aanmelden per e-mail.' },
      phone: '',
      email: 'rouwgroep@welzijnrivierstad.example',
      url: '',
      signalGroups: ['levensgebeurtenissen'],
    },
    {
      id: 'optie-geld',
      text: 'Hulp bij geldzaken',
      organization: { name: 'Gemeente Rivierstad' },
      service: { name: 'Schuldhulp', application_process: 'Bel het wijkteam. Zij maken een afspraak.' },
      phone: '14 0123',
      email: '',
      url: 'https://www.rivierstad.example/geldzaken',
      signalGroups: ['levensgebeurtenissen'],
    },
  ],
  contact: {
    name: 'Fatima El Amrani',
    organization: { name: 'Gemeente Rivierstad' },
    department: 'Wijkteam Oost',
    phone: '0123 456 789',
    email: 'wijkteamoost@rivierstad.example',
    social: { platform: 'Facebook', url: 'https://www.facebook.example/wijkteamoost' },
    schedules: [
      { id: 'tijden-1', byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '17:00' },
      { id: 'tijden-2', byday: ['TH'], opens_at: '19:00', closes_at: '21:00' },
    ],
  },
};
