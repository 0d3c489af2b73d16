import { html } from 'lit';
import { msg } from '@niet-alleen/core/msg';

/*
 * 'Hoe werkt de partnerschapskaart?': the workbook's guidance (11.1, 11.4), verbatim. A chunk of
 * its own, loaded when someone first opens the guidance (issue 32: most of the card's words are
 * here, behind a closed disclosure).
 */

const guidanceText = {
  /** 11.4, introduction. */
  level: () => msg('U kunt deze opdracht gebruiken om te komen tot lokale samenwerking op niveau 3 en 4 in het schema van §11.1.'),
  group: () =>
    msg('Vorm een groep mensen die in dezelfde lokale context eenzaamheid en sociaal isolement kunnen signaleren, bespreken en aanpakken. Dit kan (een deel van) de trainingsgroep zijn, maar hier kunt u ook breder betrokkenen voor uitnodigen.'),
  order: () =>
    msg('De werkvorm bestaat uit 5 stappen, waarbij u van rechts naar links de kaart invult met een (gemengde) groep deelnemers.'),
  values: () =>
    msg('Er wordt naar gestreefd om eerst overeenstemming te bereiken over welke waarden u nastreeft. Wanneer achten jullie de samenwerking succesvol?'),
  /** 11.4: after the values, the other steps in the order they are filled. */
  thenSteps: () =>
    msg('Zodra u deze waarden hebt vastgesteld, kan bepaald worden hoe daarbinnen samengewerkt kan worden in termen van de onderlinge relaties en de eisen die daarvoor gesteld worden aan het handelen en de vaardigheden van de partners. Vervolgens zult u moeten formuleren welke voorwaarden er worden gesteld om de vereiste handelingen te kunnen uitvoeren en om de relaties te onderhouden. Tot slot benoemt u de acties die worden ondernomen, die, samen met de voorwaarden en samenwerking, gaan leiden tot succes.'),
  keepInMind: () => msg('Houd bij alle stappen in de gaten dat:'),
  keepInMindItems: () => [
    msg('het gaat om een dialoog;'),
    msg('het gaat om wederkerigheid;'),
    msg('deelnemers elkaar helpen om actief deel te nemen; verschillende partners verschillende waarden kunnen hebben.'),
  ],
  winWin: () => msg('De vraag is: hoe creëert u een win-win situatie?'),
  /** 11.1, the strategy of levels 3 and 4. */
  activatingStrategy: () =>
    msg('Activerende strategie: Op het niveau van lokaal samenwerken (niveau 3 en 4) doet u meer dan elkaar informeren en doorverwijzen. De samenwerking is niet langer gebaseerd op het eigen-organisatieperspectief alleen. U vormt een nieuw netwerkperspectief met gezamenlijke doelen en waarden. De belangen van het gedeelde netwerk staan voorop. Deze strategie vraagt om een actieve samenwerking.'),
  /** 11.1, levels 3 and 4 of the network schema. */
  level3: () =>
    msg('3. Partnerschap Systematisch toewerken naar een gelijkwaardige samenwerking als partners. Naast naar elkaar verwijzen, gaat u samen aan de slag om gezamenlijke doelen te behalen. Vaak projectmatig werken.'),
  level4: () =>
    msg('4. Communities Een netwerk van partners die elkaar weten te vinden, samen doelen nastreven en elkaars krachten weten te benutten. Ieder is aanvullend aan elkaar en schakelt elkaar in waar nodig. Dit vergt een flexibele houding van personen en organisaties.'),
};

/** The guidance's paragraphs, in the workbook's order. */
export function renderGuidance() {
  const t = guidanceText;
  return html`<p>${t.level()}</p>
    <p>${t.activatingStrategy()}</p>
    <ul>
      <li>${t.level3()}</li>
      <li>${t.level4()}</li>
    </ul>
    <p>${t.group()}</p>
    <p>${t.order()} ${t.values()} ${t.thenSteps()}</p>
    <p>${t.keepInMind()}</p>
    <ul>${t.keepInMindItems().map((i) => html`<li>${i}</li>`)}</ul>
    <p>${t.winWin()}</p>
    <p>${msg('Sleep een geeltje naar een ander vak, of gebruik de knop ‘Verplaats naar…’ (ook met het toetsenbord).')}</p>`;
}
