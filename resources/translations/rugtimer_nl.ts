<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
  <context>
    <name>ActivityDialog</name>
    <message>
      <source>Walk or ride</source>
      <translation>Wandelen of fietsen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Close without saving</source>
      <translation>Sluiten zonder op te slaan</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>What did you do?</source>
      <translation>Wat heb je gedaan?</translation>
    </message>
    <message>
      <source>How many minutes?</source>
      <translation>Hoeveel minuten?</translation>
    </message>
    <message>
      <source>Which day?</source>
      <translation>Welke dag?</translation>
    </message>
    <message>
      <source>&amp;Walking</source>
      <translation>&amp;Wandelen</translation>
    </message>
    <message>
      <source>&amp;Cycling</source>
      <translation>&amp;Fietsen</translation>
    </message>
    <message>
      <source>&amp;Other</source>
      <translation>&amp;Anders</translation>
    </message>
    <message>
      <source>What you did</source>
      <translation>Wat je gedaan hebt</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minuten</translation>
    </message>
    <message>
      <source>Type any number of minutes, from 1 to 600</source>
      <translation>Typ een aantal minuten, van 1 tot 600</translation>
    </message>
    <message>
      <source>{minutes} minutes</source>
      <translation>{minutes} minuten</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <source>The day of the walk or ride; not later than today</source>
      <translation>De dag van je wandeling of fietstocht; niet later dan vandaag</translation>
    </message>
    <message>
      <source>&amp;Today</source>
      <translation>&amp;Vandaag</translation>
    </message>
    <message>
      <source>&amp;Yesterday</source>
      <translation>&amp;Gisteren</translation>
    </message>
    <message>
      <source>&amp;Earlier day</source>
      <translation>&amp;Eerdere dag</translation>
    </message>
    <message>
      <source>Which day</source>
      <translation>Welke dag</translation>
    </message>
    <message>
      <source>Type the minutes and press Enter. The underlined letters choose too.</source>
      <translation>Typ het aantal minuten en druk op Enter. Met de onderstreepte letters kies je ook.</translation>
    </message>
    <message>
      <source>{what} on {day}: choose the minutes</source>
      <translation>{what} op {day}: kies nog het aantal minuten</translation>
    </message>
    <message>
      <source>{what}, {minutes} min, on {day}</source>
      <translation>{what}, {minutes} min, op {day}</translation>
    </message>
  </context>
  <context>
    <name>ActivitySummary</name>
    <message>
      <source>Walk or ride</source>
      <translation>Wandelen of fietsen</translation>
    </message>
    <message>
      <source>Log a walk or a bike ride (A)</source>
      <translation>Noteer een wandeling of fietstocht (A)</translation>
    </message>
    <message>
      <source>Log a walk or ride</source>
      <translation>Wandeling of fietstocht noteren</translation>
    </message>
    <message>
      <source>Opens a short form: what, how many minutes, which day</source>
      <translation>Opent een kort formulier: wat, hoeveel minuten, welke dag</translation>
    </message>
    <message>
      <source>Walking/cycling this week: {done} of {target} times · {minutes} min</source>
      <translation>Wandelen/fietsen deze week: {done} van {target} keer · {minutes} min</translation>
    </message>
    <message>
      <source>goal reached</source>
      <translation>doel gehaald</translation>
    </message>
    <message>
      <source>plus {minutes} min of something else</source>
      <translation>plus {minutes} min iets anders</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>none</source>
      <translation>niets</translation>
    </message>
    <message>
      <source>a day counts from {minutes} minutes</source>
      <translation>een dag telt mee vanaf {minutes} minuten</translation>
    </message>
  </context>
  <context>
    <name>AfterSessionDialog</name>
    <message>
      <source>After the session</source>
      <translation>Na het oefenen</translation>
    </message>
    <message>
      <source>Three short questions. You can skip any of them.</source>
      <translation>Drie korte vragen. Elke vraag mag je overslaan.</translation>
    </message>
    <message>
      <source>How much pain do you have now?</source>
      <translation>Hoeveel pijn heb je nu?</translation>
    </message>
    <message>
      <source>How did it go?</source>
      <translation>Hoe ging het?</translation>
    </message>
    <message>
      <source>S&amp;kip</source>
      <translation>O&amp;verslaan</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Overslaan</translation>
    </message>
    <message>
      <source>Close without saving these answers</source>
      <translation>Sluit zonder deze antwoorden op te slaan</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Opslaan</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Too &amp;easy</source>
      <translation>Te &amp;makkelijk</translation>
    </message>
    <message>
      <source>Too easy</source>
      <translation>Te makkelijk</translation>
    </message>
    <message>
      <source>&amp;Good</source>
      <translation>&amp;Goed</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>Goed</translation>
    </message>
    <message>
      <source>Too &amp;hard</source>
      <translation>Te &amp;zwaar</translation>
    </message>
    <message>
      <source>Too hard</source>
      <translation>Te zwaar</translation>
    </message>
    <message>
      <source>For example: stiff in the morning, the bridge felt easier</source>
      <translation>Bijvoorbeeld: 's ochtends stijf, het bruggetje ging makkelijker</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <source>Optional, at most {limit} characters</source>
      <translation>Niet verplicht, hooguit {limit} tekens</translation>
    </message>
    <message>
      <source>&amp;Note (optional)</source>
      <translation>&amp;Notitie (niet verplicht)</translation>
    </message>
  </context>
  <context>
    <name>BallSizeHelper</name>
    <message>
      <source>Your body height in centimetres</source>
      <translation>Je lichaamslengte in centimeters</translation>
    </message>
    <message>
      <source>Type your height, or change it with the arrow keys; the ball size below follows.</source>
      <translation>Typ je lengte, of verander die met de pijltjestoetsen; de balmaat eronder past zich aan.</translation>
    </message>
    <message>
      <source>Your &amp;height:</source>
      <translation>Je &amp;lengte:</translation>
    </message>
    <message>
      <source>Type a height from {low} to {high} cm.</source>
      <translation>Typ een lengte van {low} tot {high} cm.</translation>
    </message>
  </context>
  <context>
    <name>Calendar</name>
    <message>
      <source>January</source>
      <translation>januari</translation>
    </message>
    <message>
      <source>February</source>
      <translation>februari</translation>
    </message>
    <message>
      <source>March</source>
      <translation>maart</translation>
    </message>
    <message>
      <source>April</source>
      <translation>april</translation>
    </message>
    <message>
      <source>May</source>
      <translation>mei</translation>
    </message>
    <message>
      <source>June</source>
      <translation>juni</translation>
    </message>
    <message>
      <source>July</source>
      <translation>juli</translation>
    </message>
    <message>
      <source>August</source>
      <translation>augustus</translation>
    </message>
    <message>
      <source>September</source>
      <translation>september</translation>
    </message>
    <message>
      <source>October</source>
      <translation>oktober</translation>
    </message>
    <message>
      <source>November</source>
      <translation>november</translation>
    </message>
    <message>
      <source>December</source>
      <translation>december</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>ma</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>di</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>wo</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>do</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>vr</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>za</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>zo</translation>
    </message>
  </context>
  <context>
    <name>CalendarExport</name>
    <message>
      <source>Export reminders to your calendar</source>
      <translation>Herinneringen in je agenda zetten</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
      <source>The calendar file %1 could not be saved: %2

Choose another folder, for example your Documents folder.</source>
      <translation>Het agendabestand %1 kon niet worden opgeslagen: %2

Kies een andere map, bijvoorbeeld je map Documenten.</translation>
    </message>
  </context>
  <context>
    <name>ChangeWords</name>
    <message>
      <source>repetitions</source>
      <translation>herhalingen</translation>
    </message>
    <message>
      <source>sets</source>
      <translation>sets</translation>
    </message>
    <message>
      <source>seconds</source>
      <translation>seconden</translation>
    </message>
    <message>
      <source>variant</source>
      <translation>variant</translation>
    </message>
    <message>
      <source>added</source>
      <translation>toegevoegd</translation>
    </message>
    <message>
      <source>left out</source>
      <translation>weggelaten</translation>
    </message>
    <message>
      <source>rest between sets (s)</source>
      <translation>rust tussen de sets (s)</translation>
    </message>
    <message>
      <source>more repetitions</source>
      <translation>meer herhalingen</translation>
    </message>
    <message>
      <source>step back</source>
      <translation>stapje terug</translation>
    </message>
    <message>
      <source>start plan chosen</source>
      <translation>startplan gekozen</translation>
    </message>
    <message>
      <source>build-up after a good week</source>
      <translation>opbouw na een goede week</translation>
    </message>
    <message>
      <source>step back: worse for more than 24 hours</source>
      <translation>stapje terug: langer dan 24 uur meer last</translation>
    </message>
    <message>
      <source>lighter after pain during the exercise</source>
      <translation>lichter na pijn tijdens de oefening</translation>
    </message>
    <message>
      <source>changed by you</source>
      <translation>zelf aangepast</translation>
    </message>
    <message>
      <source>program from a file</source>
      <translation>programma uit een bestand</translation>
    </message>
    <message>
      <source>standard</source>
      <translation>standaard</translation>
    </message>
    <message>
      <source>Program</source>
      <translation>Programma</translation>
    </message>
  </context>
  <context>
    <name>CoachFlow</name>
    <message>
      <source>Your saved program could not be read (%1). The start plan is used; your history is intact.</source>
      <translation>Je opgeslagen programma kon niet worden gelezen (%1). RugTimer gebruikt het startplan; je geschiedenis is er nog helemaal.</translation>
    </message>
    <message>
      <source>Your back was worse for more than a day after your last session. The rule: go one step back, and build up again from there when it settles.</source>
      <translation>Je rug had na je vorige sessie langer dan een dag meer last. De regel: doe een stapje terug en bouw van daaruit weer op als het rustiger wordt.</translation>
    </message>
    <message>
      <source>This exercise hurt today. Next time it starts lighter, unless you would rather keep it as it is.</source>
      <translation>Deze oefening deed vandaag pijn. De volgende keer begin je lichter, tenzij je het liever zo houdt.</translation>
    </message>
    <message>
      <source>Time to see a physiotherapist? You have rated your pain for %1 weeks without a clear improvement. A physiotherapist can look at what would help you.</source>
      <translation>Tijd voor een fysiotherapeut? Je houdt je pijn nu %1 weken bij, zonder duidelijke verbetering. Een fysiotherapeut kan met je kijken wat jou helpt.</translation>
    </message>
    <message>
      <source>Suggestion for this week: %1</source>
      <translation>Voorstel voor deze week: %1</translation>
    </message>
    <message>
      <source>&amp;Yes, do it</source>
      <translation>&amp;Ja, doen</translation>
    </message>
    <message>
      <source>Not this &amp;week</source>
      <translation>Deze &amp;week niet</translation>
    </message>
    <message>
      <source>Read &amp;more</source>
      <translation>&amp;Meer lezen</translation>
    </message>
    <message>
      <source>Your newest saved program could not be read (%1). The version before it is used; your history is intact.</source>
      <translation>Je nieuwste opgeslagen programma kon niet worden gelezen (%1). RugTimer gebruikt het programma van daarvoor; je geschiedenis is er nog helemaal.</translation>
    </message>
    <message>
      <source>A good week: exercises on %1 days. One small step up?</source>
      <translation>Een goede week: op %1 dagen geoefend. Eén klein stapje verder?</translation>
    </message>
    <message>
      <source>Do this program 3 to 4 days a week. From next week on, after a good week, RugTimer suggests one small step up.</source>
      <translation>Doe dit programma 3 tot 4 dagen per week. Vanaf volgende week stelt RugTimer na een goede week één klein stapje verder voor.</translation>
    </message>
    <message>
      <source>Last week: exercises on %1 days. After a week with %2 days or more, RugTimer suggests the next step.</source>
      <translation>Vorige week: op %1 dagen geoefend. Na een week met %2 dagen of meer stelt RugTimer de volgende stap voor.</translation>
    </message>
    <message>
      <source>Your back was worse for more than a day recently, so your program stays as it is this week.</source>
      <translation>Je rug had onlangs langer dan een dag meer last. Daarom blijft je programma deze week zoals het is.</translation>
    </message>
    <message>
      <source>An exercise hurt last week, so your program stays as it is this week.</source>
      <translation>Vorige week deed een oefening pijn. Daarom blijft je programma deze week zoals het is.</translation>
    </message>
    <message>
      <source>A session felt too hard last week, so your program stays as it is this week.</source>
      <translation>Vorige week voelde een sessie te zwaar. Daarom blijft je programma deze week zoals het is.</translation>
    </message>
    <message>
      <source>Your program already changed this week. One change a week is enough.</source>
      <translation>Je programma is deze week al veranderd. Eén verandering per week is genoeg.</translation>
    </message>
    <message>
      <source>You are at the top of every range. Keep it up, or ask your physiotherapist about a next step.</source>
      <translation>Je doet van elke oefening al het maximum. Houd dit vol, of vraag je fysiotherapeut wat de volgende stap kan zijn.</translation>
    </message>
    <message>
      <source>This week's step is in your program. RugTimer looks again next week.</source>
      <translation>De stap van deze week staat in je programma. Volgende week kijkt RugTimer opnieuw.</translation>
    </message>
    <message>
      <source>You keep your program as it is this week. RugTimer looks again next week.</source>
      <translation>Je houdt je programma deze week zoals het is. Volgende week kijkt RugTimer opnieuw.</translation>
    </message>
    <message>
      <source>Week %1 of your plan</source>
      <translation>Week %1 van je plan</translation>
    </message>
  </context>
  <context>
    <name>CuePlayer</name>
    <message>
      <source>No audio output device was found, so the sound cues are silent.</source>
      <translation>Er is geen geluidsapparaat gevonden, dus je hoort geen geluidssignalen.</translation>
    </message>
    <message>
      <source>The sound cues could not be loaded for the audio device, so they are silent.</source>
      <translation>De geluidssignalen konden niet worden geladen voor het geluidsapparaat, dus je hoort ze niet.</translation>
    </message>
    <message>
      <source>The audio output stopped working, so the sound cues are silent.</source>
      <translation>Het geluid is onderweg weggevallen, dus je hoort geen geluidssignalen meer.</translation>
    </message>
    <message>
      <source>The sound cue files are missing from this installation, so the cues are silent.</source>
      <translation>De geluidsbestanden ontbreken in deze installatie, dus je hoort geen geluidssignalen.</translation>
    </message>
  </context>
  <context>
    <name>Decisions</name>
    <message>
      <source>From the exercise program</source>
      <translation>Uit het oefenprogramma</translation>
    </message>
    <message>
      <source>From the literature</source>
      <translation>Uit de literatuur</translation>
    </message>
    <message>
      <source>RugTimer's own choice</source>
      <translation>Keuze van RugTimer</translation>
    </message>
    <message>
      <source>Days, not sessions</source>
      <translation>Dagen, geen sessies</translation>
    </message>
    <message>
      <source>The program asks for {low} to {high} days a week. A day counts when at least one set was completed that day; three sessions on one day are one day, and a session in which no set was completed does not count.</source>
      <translation>Het programma vraagt {low} tot {high} dagen per week. Een dag telt mee als je die dag minstens één set hebt afgemaakt; drie sessies op één dag zijn samen één dag, en een sessie zonder afgemaakte set telt niet mee.</translation>
    </message>
    <message>
      <source>A good week</source>
      <translation>Een goede week</translation>
    </message>
    <message>
      <source>Exercises on at least {low} days, no back that stayed worse for more than {hours} hours, no “this hurts” and no session rated too hard. Only after such a week does RugTimer suggest a step up.</source>
      <translation>Op minstens {low} dagen geoefend, nooit langer dan {hours} uur meer last van je rug, geen “dit doet pijn” en geen sessie die te zwaar was. Alleen na zo'n week stelt RugTimer een stapje verder voor.</translation>
    </message>
    <message>
      <source>One change a week</source>
      <translation>Eén verandering per week</translation>
    </message>
    <message>
      <source>Build up slowly: at most one change a week, for one exercise, and only when you agree.</source>
      <translation>Rustig opbouwen: hooguit één verandering per week, voor één oefening, en alleen als jij dat wilt.</translation>
    </message>
    <message>
      <source>How big a step is</source>
      <translation>Hoe groot een stap is</translation>
    </message>
    <message>
      <source>{reps} repetitions more, {timed} seconds longer for a hold, {continuous} seconds longer for a continuous exercise, or the next harder variant, always within the range the exercise card gives.</source>
      <translation>{reps} herhalingen meer, {timed} seconden langer aanhouden, {continuous} seconden langer bij een doorlopende oefening, of de volgende moeilijkere variant, altijd binnen wat de oefenkaart aangeeft.</translation>
    </message>
    <message>
      <source>The day after</source>
      <translation>De dag erna</translation>
    </message>
    <message>
      <source>Stiffness that is gone within a day is fine. Worse for more than {hours} hours: one step back. RugTimer asks about your newest session once {hours} hours have passed since it ended, and not about sessions older than {days} days.</source>
      <translation>Stijfheid die binnen een dag weg is, is prima. Langer dan {hours} uur erger: een stapje terug. RugTimer vraagt naar je nieuwste sessie zodra die {hours} uur voorbij is, en niet naar sessies van meer dan {days} dagen geleden.</translation>
    </message>
    <message>
      <source>Which step back</source>
      <translation>Welk stapje terug</translation>
    </message>
    <message>
      <source>If the last step up was less than {days} days ago, that step is undone. Otherwise the last exercise in your program that can go lighter goes one step lighter.</source>
      <translation>Was de laatste stap omhoog minder dan {days} dagen geleden, dan wordt die stap teruggedraaid. Anders wordt de laatste oefening in je programma die lichter kan, een stap lichter.</translation>
    </message>
    <message>
      <source>“This hurts”</source>
      <translation>“Dit doet pijn”</translation>
    </message>
    <message>
      <source>Sharp pain during an exercise: stop that exercise, or go on with its easier variant. RugTimer then offers to make that exercise lighter next time.</source>
      <translation>Scherpe pijn tijdens een oefening: stop met die oefening, of ga door met de makkelijkere variant. RugTimer biedt daarna aan om die oefening de volgende keer lichter te maken.</translation>
    </message>
    <message>
      <source>A meaningful change in pain</source>
      <translation>Een betekenisvolle verandering in pijn</translation>
    </message>
    <message>
      <source>Your pain before exercising counts as clearly better when it is at least {points} points or {percent} % lower than in your first weeks ({source}). RugTimer compares the mean of your first two weeks with ratings with that of your last two.</source>
      <translation>Je pijn vóór het oefenen telt als duidelijk beter als die minstens {points} punten of {percent} % lager is dan in je eerste weken ({source}). RugTimer vergelijkt het gemiddelde van je eerste twee weken met scores met dat van je laatste twee.</translation>
    </message>
    <message>
      <source>On target</source>
      <translation>Op schema</translation>
    </message>
    <message>
      <source>Progress and the report count your days with exercises over the last {weeks} weeks; on average {low} a week or more is on target.</source>
      <translation>Voortgang en het verslag tellen je oefendagen over de laatste {weeks} weken; gemiddeld {low} per week of meer is op schema.</translation>
    </message>
    <message>
      <source>When to see a physiotherapist</source>
      <translation>Wanneer naar een fysiotherapeut</translation>
    </message>
    <message>
      <source>The program advises a physiotherapist when complaints last longer than 6 to 8 weeks. RugTimer suggests it once you have rated your pain for {weeks} weeks without a meaningful improvement.</source>
      <translation>Het programma raadt een fysiotherapeut aan als klachten langer dan 6 tot 8 weken duren. RugTimer stelt het voor zodra je je pijn {weeks} weken hebt bijgehouden zonder betekenisvolle verbetering.</translation>
    </message>
    <message>
      <source>Tempos the program leaves open</source>
      <translation>Tempo's die het programma openlaat</translation>
    </message>
    <message>
      <source>The program gives the {bridge} its tempo of {bridge_tempo} seconds. For the {bird_dog} it only says to hold for {bird_hold} seconds, and for the {squat} it gives none: RugTimer counts {bird_tempo} and {squat_tempo} seconds. “Small movements” on the chair means a few millimetres.</source>
      <translation>Het programma geeft het {bridge} een tempo van {bridge_tempo} seconden. Voor de {bird_dog} zegt het alleen dat je {bird_hold} seconden aanhoudt, en voor de {squat} geeft het geen tempo: RugTimer telt {bird_tempo} en {squat_tempo} seconden. “Kleine bewegingen” op de stoel betekent een paar millimeter.</translation>
    </message>
  </context>
  <context>
    <name>EditSessionDialog</name>
    <message>
      <source>Edit pain and note</source>
      <translation>Pijn en notitie aanpassen</translation>
    </message>
    <message>
      <source>Pain before the session, 0 to 10</source>
      <translation>Pijn vóór het oefenen, 0 tot 10</translation>
    </message>
    <message>
      <source>Pain after the session, 0 to 10</source>
      <translation>Pijn na het oefenen, 0 tot 10</translation>
    </message>
    <message>
      <source>Pain before the session</source>
      <translation>Pijn vóór het oefenen</translation>
    </message>
    <message>
      <source>Pain after the session</source>
      <translation>Pijn na het oefenen</translation>
    </message>
    <message>
      <source>How did it go?</source>
      <translation>Hoe ging het?</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <source>Ctrl+Enter saves; Enter starts a new line</source>
      <translation>Ctrl+Enter slaat op; met Enter begin je een nieuwe regel</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Notitie</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Opslaan</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Not noted</source>
      <translation>Niet ingevuld</translation>
    </message>
    <message>
      <source>Clears this pain score</source>
      <translation>Wist deze pijnscore</translation>
    </message>
    <message>
      <source>Too easy</source>
      <translation>Te makkelijk</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>Goed</translation>
    </message>
    <message>
      <source>Too hard</source>
      <translation>Te zwaar</translation>
    </message>
  </context>
  <context>
    <name>ExerciseCard</name>
    <message>
      <source>Illustration: {name}</source>
      <translation>Afbeelding: {name}</translation>
    </message>
    <message>
      <source>Dose: {dose}</source>
      <translation>Dosering: {dose}</translation>
    </message>
    <message>
      <source>Variant: {variant}</source>
      <translation>Variant: {variant}</translation>
    </message>
    <message>
      <source>Purpose: {purpose}</source>
      <translation>Doel: {purpose}</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>Do just this exercise now</source>
      <translation>Doe nu alleen deze oefening</translation>
    </message>
    <message>
      <source>Start {name}</source>
      <translation>Start {name}</translation>
    </message>
    <message>
      <source>More</source>
      <translation>Meer</translation>
    </message>
    <message>
      <source>More about {name}</source>
      <translation>Meer over {name}</translation>
    </message>
    <message>
      <source>Shows the steps, why it helps, the variants and the safety notes</source>
      <translation>Toont de stappen, waarom het helpt, de varianten en waar je op moet letten</translation>
    </message>
    <message>
      <source>How to do it</source>
      <translation>Zo doe je het</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <source>Variants</source>
      <translation>Varianten</translation>
    </message>
    <message>
      <source>Take care</source>
      <translation>Let op</translation>
    </message>
    <message>
      <source>Easier</source>
      <translation>Makkelijker</translation>
    </message>
    <message>
      <source>Harder</source>
      <translation>Moeilijker</translation>
    </message>
    <message>
      <source>With the ball</source>
      <translation>Met de bal</translation>
    </message>
    <message>
      <source>Without a ball</source>
      <translation>Zonder bal</translation>
    </message>
    <message>
      <source>Relaxation</source>
      <translation>Ontspanning</translation>
    </message>
    <message>
      <source>Mobility</source>
      <translation>Beweeglijkheid</translation>
    </message>
    <message>
      <source>Coordination</source>
      <translation>Coördinatie</translation>
    </message>
    <message>
      <source>Strength</source>
      <translation>Kracht</translation>
    </message>
    <message>
      <source>Less</source>
      <translation>Minder</translation>
    </message>
  </context>
  <context>
    <name>FileActions</name>
    <message>
      <source>Export</source>
      <translation>Exporteren</translation>
    </message>
    <message>
      <source>Export failed: %1</source>
      <translation>Exporteren is mislukt: %1</translation>
    </message>
    <message>
      <source>Exported to %1</source>
      <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
      <source>Import history</source>
      <translation>Geschiedenis importeren</translation>
    </message>
    <message>
      <source>Nothing was imported: %1</source>
      <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
      <source>Nothing was imported from %1. Your history is unchanged.</source>
      <translation>Er is niets geïmporteerd uit %1. Je geschiedenis is niet veranderd.</translation>
    </message>
    <message>
      <source>Imported from %1: %2</source>
      <translation>Geïmporteerd uit %1: %2</translation>
    </message>
    <message>
      <source>Backup saved: %1</source>
      <translation>Reservekopie opgeslagen: %1</translation>
    </message>
    <message>
      <source>Finish or stop the session before restoring a backup.</source>
      <translation>Maak de sessie eerst af of stop ermee, voordat je een reservekopie terugzet.</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
      <source>RugTimer backups (*.sqlite3)</source>
      <translation>RugTimer-reservekopieën (*.sqlite3)</translation>
    </message>
    <message>
      <source>Restored %1. Your previous history was saved as %2.</source>
      <translation>%1 is teruggezet. Je vorige geschiedenis is opgeslagen als %2.</translation>
    </message>
  </context>
  <context>
    <name>HelpView</name>
    <message>
      <source>Help and advice</source>
      <translation>Hulp en advies</translation>
    </message>
    <message>
      <source>Use Page Up and Page Down to scroll.</source>
      <translation>Gebruik Page Up en Page Down om te scrollen.</translation>
    </message>
    <message>
      <source>These are the rules RugTimer follows. Each one says whether it comes from the exercise program, from the literature, or is RugTimer's own choice where the program leaves it open.</source>
      <translation>Dit zijn de regels die RugTimer volgt. Bij elke regel staat of die uit het oefenprogramma komt, uit de literatuur, of een keuze van RugTimer is waar het programma het openlaat.</translation>
    </message>
    <message>
      <source>How RugTimer decides</source>
      <translation>Hoe RugTimer beslist</translation>
    </message>
    <message>
      <source>The exercises, the doses, the tempo of the bridge and the 24-hour rule come from a Dutch home exercise program for low back pain, which builds on the literature below. The meaningful change in pain comes from Ostelo et al. 2008.</source>
      <translation>De oefeningen, de doseringen, het tempo van het bruggetje en de 24-uursregel komen uit een Nederlands thuisoefenprogramma bij lage rugpijn, dat steunt op de literatuur hieronder. De betekenisvolle verandering in pijn komt uit Ostelo et al. 2008.</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Bronnen</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Exercises</source>
      <translation>Oefeningen</translation>
    </message>
    <message>
      <source>Pain before → after</source>
      <translation>Pijn voor → na</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Hoe ging het</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Too easy</source>
      <translation>Te makkelijk</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>Goed</translation>
    </message>
    <message>
      <source>Too hard</source>
      <translation>Te zwaar</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Afgerond</translation>
    </message>
    <message>
      <source>Interrupted</source>
      <translation>Onderbroken</translation>
    </message>
    <message>
      <source>Stopped early</source>
      <translation>Eerder gestopt</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Bezig</translation>
    </message>
    <message>
      <source>demo</source>
      <translation>demo</translation>
    </message>
    <message>
      <source>Pain before %1, after %2</source>
      <translation>Pijn ervoor %1, erna %2</translation>
    </message>
    <message>
      <source>No note</source>
      <translation>Geen notitie</translation>
    </message>
  </context>
  <context>
    <name>HistoryProblem</name>
    <message>
      <source>This folder is open read-only, so this cannot be saved.</source>
      <translation>Deze map is alleen-lezen geopend, dus dit kan niet worden opgeslagen.</translation>
    </message>
    <message>
      <source>The disk is full. Nothing already saved was lost; make some room and try again.</source>
      <translation>De schijf is vol. Van wat al was opgeslagen is niets verloren; maak wat ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
      <source>The history file could not be written (%1). Nothing already saved was lost.</source>
      <translation>Het geschiedenisbestand kon niet worden geschreven (%1). Van wat al was opgeslagen is niets verloren.</translation>
    </message>
  </context>
  <context>
    <name>HistoryView</name>
    <message>
      <source>Could not read the history: %1</source>
      <translation>De geschiedenis kon niet worden gelezen: %1</translation>
    </message>
    <message>
      <source>%1 sessions</source>
      <translation>%1 keer geoefend</translation>
    </message>
    <message>
      <source>Delete the session of %1?</source>
      <translation>De sessie van %1 verwijderen?</translation>
    </message>
    <message>
      <source>Its %1 sets and pain scores are deleted too. You can undo this for a few seconds.</source>
      <translation>De %1 sets en pijnscores ervan worden ook verwijderd. Je kunt dit een paar seconden lang ongedaan maken.</translation>
    </message>
    <message>
      <source>Delete session</source>
      <translation>Sessie verwijderen</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <source>Could not delete the session: %1</source>
      <translation>De sessie kon niet worden verwijderd: %1</translation>
    </message>
    <message>
      <source>The session of %1 was deleted.</source>
      <translation>De sessie van %1 is verwijderd.</translation>
    </message>
    <message>
      <source>Could not undo: %1</source>
      <translation>Ongedaan maken lukte niet: %1</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Geschiedenis</translation>
    </message>
    <message>
      <source>No sessions yet.</source>
      <translation>Je hebt nog niet geoefend.</translation>
    </message>
    <message>
      <source>After your first session you will find it here, with your pain before and after.</source>
      <translation>Na je eerste keer oefenen zie je het hier terug, met je pijn ervoor en erna.</translation>
    </message>
    <message>
      <source>Edit pain and note…</source>
      <translation>Pijn en notitie aanpassen…</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Verwijderen…</translation>
    </message>
    <message>
      <source>Sessions, newest first</source>
      <translation>Oefensessies, nieuwste eerst</translation>
    </message>
    <message>
      <source>Enter: edit pain and note. Delete: delete the session.</source>
      <translation>Enter: pijn en notitie aanpassen. Delete: de sessie verwijderen.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <source>Undo the delete</source>
      <translation>Het verwijderen ongedaan maken</translation>
    </message>
    <message>
      <source>Sets of the selected session</source>
      <translation>Sets van de gekozen sessie</translation>
    </message>
    <message>
      <source>Exercise</source>
      <translation>Oefening</translation>
    </message>
    <message>
      <source>Set</source>
      <translation>Set</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Kant</translation>
    </message>
    <message>
      <source>Reps or time</source>
      <translation>Herhalingen of tijd</translation>
    </message>
    <message>
      <source>Done at</source>
      <translation>Tijdstip</translation>
    </message>
    <message>
      <source>Pain before → after: %1</source>
      <translation>Pijn voor → na: %1</translation>
    </message>
    <message>
      <source>Rating: %1</source>
      <translation>Hoe het ging: %1</translation>
    </message>
    <message>
      <source>Note: %1</source>
      <translation>Notitie: %1</translation>
    </message>
    <message>
      <source>No sets were saved for this session.</source>
      <translation>Van deze sessie zijn geen sets opgeslagen.</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Links</translation>
    </message>
    <message>
      <source>Right</source>
      <translation>Rechts</translation>
    </message>
    <message>
      <source>Both, in turn</source>
      <translation>Beide, om en om</translation>
    </message>
    <message>
      <source>“This hurts” at %1 during %2</source>
      <translation>“Dit doet pijn” om %1 bij %2</translation>
    </message>
    <message>
      <source>“This hurts” at %1</source>
      <translation>“Dit doet pijn” om %1</translation>
    </message>
    <message>
      <source>Could not save the changes: %1</source>
      <translation>De wijzigingen konden niet worden opgeslagen: %1</translation>
    </message>
  </context>
  <context>
    <name>HurtDialog</name>
    <message>
      <source>This hurts</source>
      <translation>Dit doet pijn</translation>
    </message>
    <message>
      <source>Stop for a moment</source>
      <translation>Even stoppen</translation>
    </message>
    <message>
      <source>Exercise: {name}</source>
      <translation>Oefening: {name}</translation>
    </message>
    <message>
      <source>Sharp or stabbing pain is a sign to stop, or to make the exercise lighter.</source>
      <translation>Scherpe of stekende pijn is een teken om te stoppen, of om de oefening lichter te maken.</translation>
    </message>
    <message>
      <source>Feeling your muscles work, or a little stiffness, is fine.</source>
      <translation>Voelen dat je spieren werken, of een beetje stijfheid, is prima.</translation>
    </message>
    <message>
      <source>Breathe calmly and choose how to go on.</source>
      <translation>Adem rustig door en kies hoe je verdergaat.</translation>
    </message>
    <message>
      <source>Continue with the &amp;easier variant: {variant}</source>
      <translation>Ga verder met de &amp;makkelijkere variant: {variant}</translation>
    </message>
    <message>
      <source>&amp;Skip this exercise</source>
      <translation>&amp;Sla deze oefening over</translation>
    </message>
    <message>
      <source>S&amp;top the session</source>
      <translation>S&amp;top voor vandaag</translation>
    </message>
  </context>
  <context>
    <name>KeyboardHelp</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>No sound: %1 RugTimer works silently.</source>
      <translation>Geen geluid: %1 RugTimer werkt zonder geluid verder.</translation>
    </message>
    <message>
      <source>Could not save the walk or ride: %1</source>
      <translation>De wandeling of fietstocht kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
      <source>Your last session (%1) was interrupted. The %2 sets you finished are saved.</source>
      <translation>Je vorige sessie (%1) is onderbroken. De %2 sets die je afmaakte zijn opgeslagen.</translation>
    </message>
    <message>
      <source>Your last session (%1) was interrupted before the first set was finished.</source>
      <translation>Je vorige sessie (%1) is onderbroken voordat de eerste set af was.</translation>
    </message>
    <message>
      <source>Navigation</source>
      <translation>Navigatie</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Vandaag</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Voortgang</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Geschiedenis</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Hulp</translation>
    </message>
    <message>
      <source>Finish or stop the session before changing your program.</source>
      <translation>Maak de sessie eerst af of stop ermee, voordat je je programma verandert.</translation>
    </message>
    <message>
      <source>Your program was saved. The change is in your history.</source>
      <translation>Je programma is opgeslagen. De wijziging staat in je geschiedenis.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <source>My &amp;program…</source>
      <translation>Mijn &amp;programma…</translation>
    </message>
    <message>
      <source>Log a &amp;walk or ride…</source>
      <translation>&amp;Wandeling of fietstocht noteren…</translation>
    </message>
    <message>
      <source>Export a &amp;report for your physiotherapist (PDF)…</source>
      <translation>&amp;Verslag voor je fysiotherapeut exporteren (PDF)…</translation>
    </message>
    <message>
      <source>Export history as &amp;JSON…</source>
      <translation>Geschiedenis exporteren als &amp;JSON…</translation>
    </message>
    <message>
      <source>Export history as &amp;CSV (spreadsheet)…</source>
      <translation>Geschiedenis exporteren als &amp;CSV (spreadsheet)…</translation>
    </message>
    <message>
      <source>&amp;Import history (JSON)…</source>
      <translation>Geschiedenis &amp;importeren (JSON)…</translation>
    </message>
    <message>
      <source>&amp;RugTimer</source>
      <translation>&amp;RugTimer</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Instellingen…</translation>
    </message>
    <message>
      <source>Make a &amp;backup now</source>
      <translation>Nu een &amp;reservekopie maken</translation>
    </message>
    <message>
      <source>&amp;Restore a backup…</source>
      <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hulp</translation>
    </message>
    <message>
      <source>&amp;Safety and advice</source>
      <translation>&amp;Veiligheid en advies</translation>
    </message>
    <message>
      <source>Which &amp;ball size?</source>
      <translation>Welke &amp;balmaat?</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
      <source>Sound off</source>
      <translation>Geluid uit</translation>
    </message>
    <message>
      <source>Sound off (M)</source>
      <translation>Geluid uit (M)</translation>
    </message>
    <message>
      <source>Sound on (M)</source>
      <translation>Geluid aan (M)</translation>
    </message>
    <message>
      <source>During a session:
Space: start, pause, resume
→ or N: next exercise
← or B: repeat set
S: skip rest
P: this hurts
M: sound on/off
F11: floor mode (full screen)
Esc: stop the session
F1 or ?: this help

On Today:
Space or Enter: start the session
A: log a walk or ride
Ctrl+1 to Ctrl+4: Today, Progress, History, Help
Ctrl+E: my program
Ctrl+,: settings</source>
      <translation>Tijdens een sessie:
Spatie: start, pauze, verder
→ of N: volgende oefening
← of B: set opnieuw
S: rust overslaan
P: dit doet pijn
M: geluid aan/uit
F11: vloermodus (volledig scherm)
Esc: sessie stoppen
F1 of ?: deze hulp

Op Vandaag:
Spatie of Enter: sessie starten
A: wandeling of fietstocht noteren
Ctrl+1 tot Ctrl+4: Vandaag, Voortgang, Geschiedenis, Hulp
Ctrl+E: mijn programma
Ctrl+,: instellingen</translation>
    </message>
    <message>
      <source>Keyboard</source>
      <translation>Toetsenbord</translation>
    </message>
    <message>
      <source>How much pain do you have now?</source>
      <translation>Hoeveel pijn heb je nu?</translation>
    </message>
    <message>
      <source>Could not save your last set yet: %1 It is kept and saving is retried.</source>
      <translation>Je laatste set kon nog niet worden opgeslagen: %1 Hij blijft bewaard en RugTimer probeert het opnieuw.</translation>
    </message>
    <message>
      <source>Stop the session?</source>
      <translation>Sessie stoppen?</translation>
    </message>
    <message>
      <source>Stop this session? You have not finished a set yet.</source>
      <translation>Deze sessie stoppen? Je hebt nog geen set afgemaakt.</translation>
    </message>
    <message>
      <source>Stop this session? The sets you finished are saved.</source>
      <translation>Deze sessie stoppen? De sets die je afmaakte zijn opgeslagen.</translation>
    </message>
    <message>
      <source>A session is running. Quit anyway? You have not finished a set yet.</source>
      <translation>Er loopt een sessie. Toch afsluiten? Je hebt nog geen set afgemaakt.</translation>
    </message>
    <message>
      <source>Quit RugTimer?</source>
      <translation>RugTimer afsluiten?</translation>
    </message>
    <message>
      <source>A session is running. Quit anyway? The sets you finished are saved.</source>
      <translation>Er loopt een sessie. Toch afsluiten? De sets die je afmaakte zijn opgeslagen.</translation>
    </message>
  </context>
  <context>
    <name>NextDayDialog</name>
    <message>
      <source>How did your back respond?</source>
      <translation>Hoe reageerde je rug?</translation>
    </message>
    <message>
      <source>How did your back respond in the 24 hours after your session of {day}?</source>
      <translation>Hoe reageerde je rug in de 24 uur na je sessie van {day}?</translation>
    </message>
    <message>
      <source>A little stiffness until the next day is fine. Worse for more than a day means one step back.</source>
      <translation>Een beetje stijf tot de volgende dag is prima. Langer dan een dag meer last betekent: een stapje terug.</translation>
    </message>
    <message>
      <source>&amp;1  Better, or the same</source>
      <translation>&amp;1  Beter, of hetzelfde</translation>
    </message>
    <message>
      <source>&amp;2  Stiffer, but it was gone within a day</source>
      <translation>&amp;2  Stijver, maar binnen een dag weer over</translation>
    </message>
    <message>
      <source>&amp;3  Worse, for more than 24 hours</source>
      <translation>&amp;3  Meer last, langer dan 24 uur</translation>
    </message>
    <message>
      <source>And how much pain do you have now?</source>
      <translation>En hoeveel pijn heb je nu?</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Ask me later</source>
      <translation>Vraag het me later</translation>
    </message>
  </context>
  <context>
    <name>PainDialog</name>
    <message>
      <source>Pain score</source>
      <translation>Pijnscore</translation>
    </message>
    <message>
      <source>How much pain do you have now?</source>
      <translation>Hoeveel pijn heb je nu?</translation>
    </message>
    <message>
      <source>Type a number and press Enter, or click it. For 10, type 1 and then 0.</source>
      <translation>Typ een getal en druk op Enter, of klik erop. Voor 10 typ je eerst 1 en dan 0.</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Overslaan</translation>
    </message>
    <message>
      <source>Go on without answering</source>
      <translation>Ga verder zonder te antwoorden</translation>
    </message>
  </context>
  <context>
    <name>PainScale</name>
    <message>
      <source>Pain from 0 (no pain) to 10 (worst imaginable pain)</source>
      <translation>Pijn van 0 (geen pijn) tot 10 (ergst denkbare pijn)</translation>
    </message>
    <message>
      <source>0, no pain</source>
      <translation>0, geen pijn</translation>
    </message>
    <message>
      <source>10, worst imaginable pain</source>
      <translation>10, ergst denkbare pijn</translation>
    </message>
    <message>
      <source>Pain score: 0 is no pain, 10 is the worst imaginable pain</source>
      <translation>Pijnscore: 0 is geen pijn, 10 is de ergst denkbare pijn</translation>
    </message>
    <message>
      <source>no pain</source>
      <translation>geen pijn</translation>
    </message>
    <message>
      <source>worst imaginable pain</source>
      <translation>ergst denkbare pijn</translation>
    </message>
  </context>
  <context>
    <name>Phase</name>
    <message>
      <source>GET READY</source>
      <translation>MAAK JE KLAAR</translation>
    </message>
    <message>
      <source>UP</source>
      <translation>OMHOOG</translation>
    </message>
    <message>
      <source>HOLD</source>
      <translation>VASTHOUDEN</translation>
    </message>
    <message>
      <source>DOWN</source>
      <translation>OMLAAG</translation>
    </message>
    <message>
      <source>KEEP GOING</source>
      <translation>HOUD VOL</translation>
    </message>
    <message>
      <source>MOVE GENTLY</source>
      <translation>RUSTIG BEWEGEN</translation>
    </message>
    <message>
      <source>REST</source>
      <translation>RUST</translation>
    </message>
    <message>
      <source>SWITCH SIDES</source>
      <translation>WISSEL VAN KANT</translation>
    </message>
    <message>
      <source>DONE</source>
      <translation>KLAAR</translation>
    </message>
    <message>
      <source>PAUSED</source>
      <translation>PAUZE</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Links</translation>
    </message>
    <message>
      <source>Right</source>
      <translation>Rechts</translation>
    </message>
  </context>
  <context>
    <name>ProgramDialog</name>
    <message>
      <source>My program</source>
      <translation>Mijn programma</translation>
    </message>
    <message>
      <source>Tick the exercises you want to do and choose how much of each. The numbers stay within what each exercise allows. Build up slowly: change one thing a week.</source>
      <translation>Vink de oefeningen aan die je wilt doen en kies hoeveel je van elke oefening doet. De getallen blijven binnen wat bij elke oefening past. Bouw rustig op: verander één ding per week.</translation>
    </message>
    <message>
      <source>Tick at least one exercise: an empty program cannot be saved.</source>
      <translation>Vink minstens één oefening aan: een leeg programma kun je niet opslaan.</translation>
    </message>
    <message>
      <source>Program: {name}</source>
      <translation>Programma: {name}</translation>
    </message>
    <message>
      <source>This file cannot be used as your program. Nothing has been changed.</source>
      <translation>RugTimer kan dit bestand niet als je programma gebruiken. Er is niets veranderd.</translation>
    </message>
    <message>
      <source>File: {file}</source>
      <translation>Bestand: {file}</translation>
    </message>
    <message>
      <source>Loaded {count} exercise(s) from {file}. Press Save to make it your program.</source>
      <translation>{count} oefening(en) geladen uit {file}. Klik op Opslaan om dit je programma te maken.</translation>
    </message>
    <message>
      <source>My back exercise program, exported from RugTimer on {date}.</source>
      <translation>Mijn rugoefenprogramma, geëxporteerd uit RugTimer op {date}.</translation>
    </message>
    <message>
      <source>Check it with: rugtimer check-program FILE</source>
      <translation>Controleren kan met: rugtimer check-program BESTAND</translation>
    </message>
    <message>
      <source>Your program could not be saved to a file.</source>
      <translation>Je programma kon niet als bestand worden opgeslagen.</translation>
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation>Geëxporteerd naar {file}.</translation>
    </message>
    <message>
      <source>the exercises on the mat</source>
      <translation>de oefeningen zonder bal</translation>
    </message>
    <message>
      <source>the exercises on the ball</source>
      <translation>de oefeningen met de bal</translation>
    </message>
    <message>
      <source>the exercises on the mat and on the ball</source>
      <translation>alle oefeningen, zonder en met bal</translation>
    </message>
    <message>
      <source>Back to week 1 of the start plan, for {set}. Press Save to use it.</source>
      <translation>Terug naar week 1 van het startplan, voor {set}. Klik op Opslaan om het te gebruiken.</translation>
    </message>
    <message>
      <source>Import a program file</source>
      <translation>Een programmabestand importeren</translation>
    </message>
    <message>
      <source>Export your program</source>
      <translation>Je programma exporteren</translation>
    </message>
    <message>
      <source>Program files (*.toml)</source>
      <translation>Programmabestanden (*.toml)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Alle bestanden (*)</translation>
    </message>
    <message>
      <source>With the ball</source>
      <translation>Met de bal</translation>
    </message>
    <message>
      <source>Without a ball</source>
      <translation>Zonder bal (mat en stoel)</translation>
    </message>
    <message>
      <source>Sets</source>
      <translation>Sets</translation>
    </message>
    <message>
      <source>How much</source>
      <translation>Hoeveel</translation>
    </message>
    <message>
      <source>Variant</source>
      <translation>Variant</translation>
    </message>
    <message>
      <source>{name}: in my program</source>
      <translation>{name}: in mijn programma</translation>
    </message>
    <message>
      <source>Exercise {label}</source>
      <translation>Oefening {label}</translation>
    </message>
    <message>
      <source>sets</source>
      <translation>sets</translation>
    </message>
    <message>
      <source>{name}: sets</source>
      <translation>{name}: sets</translation>
    </message>
    <message>
      <source>From {low} to {high}</source>
      <translation>Van {low} tot en met {high}</translation>
    </message>
    <message>
      <source>reps per side</source>
      <translation>keer per kant</translation>
    </message>
    <message>
      <source>reps</source>
      <translation>keer</translation>
    </message>
    <message>
      <source>{name}: repetitions per side</source>
      <translation>{name}: herhalingen per kant</translation>
    </message>
    <message>
      <source>{name}: repetitions</source>
      <translation>{name}: herhalingen</translation>
    </message>
    <message>
      <source>s per side</source>
      <translation>s per kant</translation>
    </message>
    <message>
      <source>s</source>
      <translation>s</translation>
    </message>
    <message>
      <source>{name}: seconds in one go</source>
      <translation>{name}: seconden achter elkaar</translation>
    </message>
    <message>
      <source>{name}: seconds per set</source>
      <translation>{name}: seconden per set</translation>
    </message>
    <message>
      <source>Allowed: {range}</source>
      <translation>Mogelijk: {range}</translation>
    </message>
    <message>
      <source>{name}: variant</source>
      <translation>{name}: variant</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Standaard</translation>
    </message>
    <message>
      <source>The exercise as shown on its card.</source>
      <translation>De oefening zoals ze op de kaart staat.</translation>
    </message>
    <message>
      <source>Easier: {variant}</source>
      <translation>Makkelijker: {variant}</translation>
    </message>
    <message>
      <source>Harder: {variant}</source>
      <translation>Moeilijker: {variant}</translation>
    </message>
    <message>
      <source>Rest between sets, in seconds</source>
      <translation>Rust tussen de sets, in seconden</translation>
    </message>
    <message>
      <source>From 0 to {high}</source>
      <translation>Van 0 tot en met {high}</translation>
    </message>
    <message>
      <source>Res&amp;t between sets</source>
      <translation>&amp;Rust tussen de sets</translation>
    </message>
    <message>
      <source>&amp;Import from file…</source>
      <translation>&amp;Importeren uit bestand…</translation>
    </message>
    <message>
      <source>Load a program file from your physiotherapist</source>
      <translation>Laad een programmabestand van je fysiotherapeut</translation>
    </message>
    <message>
      <source>E&amp;xport to file…</source>
      <translation>E&amp;xporteren naar bestand…</translation>
    </message>
    <message>
      <source>Save this program as a file, to share or keep</source>
      <translation>Sla dit programma op als bestand, om te delen of te bewaren</translation>
    </message>
    <message>
      <source>&amp;Reset to the start plan</source>
      <translation>Terug naar het &amp;startplan</translation>
    </message>
    <message>
      <source>Week 1 of the start plan for the exercises you chose</source>
      <translation>Week 1 van het startplan voor de oefeningen die je koos</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Opslaan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Close without changing your program</source>
      <translation>Sluiten zonder je programma te veranderen</translation>
    </message>
    <message>
      <source>As in Settings. The same for every exercise.</source>
      <translation>Zoals in Instellingen. Hetzelfde voor elke oefening.</translation>
    </message>
    <message>
      <source>The same for every exercise.</source>
      <translation>Hetzelfde voor elke oefening.</translation>
    </message>
    <message>
      <source>… and {count} more (see the details).</source>
      <translation>… en nog {count} (zie de details).</translation>
    </message>
    <message>
      <source>What is wrong:</source>
      <translation>Wat er niet klopt:</translation>
    </message>
  </context>
  <context>
    <name>ProgramText</name>
    <message>
      <source>RugTimer: my program</source>
      <translation>RugTimer: mijn programma</translation>
    </message>
    <message>
      <source>Week {week} of your plan (began on {start})</source>
      <translation>Week {week} van je plan (begonnen op {start})</translation>
    </message>
    <message>
      <source>Not chosen yet: this is the start plan. Start RugTimer to choose your set.</source>
      <translation>Nog niet gekozen: dit is het startplan. Start RugTimer om je oefeningen te kiezen.</translation>
    </message>
    <message>
      <source>{days} days a week</source>
      <translation>{days} dagen per week</translation>
    </message>
    <message>
      <source>rest between sets: {seconds} s</source>
      <translation>rust tussen de sets: {seconds} s</translation>
    </message>
    <message>
      <source>Without a ball (mat and chair)</source>
      <translation>Zonder bal (mat en stoel)</translation>
    </message>
    <message>
      <source>With the ball</source>
      <translation>Met de bal</translation>
    </message>
    <message>
      <source>variant: {name}</source>
      <translation>variant: {name}</translation>
    </message>
    <message>
      <source>Besides: {minutes} min of walking or cycling at an easy pace, {times}× a week.</source>
      <translation>Daarnaast: {minutes} min wandelen of fietsen in een rustig tempo, {times}× per week.</translation>
    </message>
    <message>
      <source>Sharp pain: stop or make it lighter. A day of stiffness is fine; worse for more than 24 hours: one step back.</source>
      <translation>Scherpe pijn: stop of maak het lichter. Een dag wat stijf is prima; langer dan 24 uur meer last: een stapje terug.</translation>
    </message>
  </context>
  <context>
    <name>PskChooseDialog</name>
    <message>
      <source>What you want to do again</source>
      <translation>Wat je weer wilt kunnen</translation>
    </message>
    <message>
      <source>Which activities do you want to do again?</source>
      <translation>Welke activiteiten wil je weer kunnen?</translation>
    </message>
    <message>
      <source>Name 3 to 5 activities that matter to you, that your back makes hard now, and that you do every week. Once a week RugTimer asks how hard each one was, from 0 (no difficulty) to 10 (impossible).</source>
      <translation>Noem 3 tot 5 activiteiten die voor jou belangrijk zijn, die door je rug nu moeilijk gaan en die je elke week doet. Eén keer per week vraagt RugTimer hoe moeilijk elke activiteit ging, van 0 (geen moeite) tot 10 (onmogelijk).</translation>
    </message>
    <message>
      <source>e.g. putting on socks</source>
      <translation>bijv. sokken aantrekken</translation>
    </message>
    <message>
      <source>e.g. sitting through a meeting</source>
      <translation>bijv. een vergadering uitzitten</translation>
    </message>
    <message>
      <source>e.g. lifting a child</source>
      <translation>bijv. een kind optillen</translation>
    </message>
    <message>
      <source>e.g. half an hour of gardening</source>
      <translation>bijv. een half uur tuinieren</translation>
    </message>
    <message>
      <source>(optional)</source>
      <translation>(mag leeg blijven)</translation>
    </message>
    <message>
      <source>Activity %1</source>
      <translation>Activiteit %1</translation>
    </message>
    <message>
      <source>Changing a line starts that activity afresh; its earlier scores stay in your history.</source>
      <translation>Verander je een regel, dan begint die activiteit opnieuw; de eerdere scores blijven in je geschiedenis.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Please name at least 3 activities.</source>
      <translation>Noem minstens 3 activiteiten.</translation>
    </message>
    <message>
      <source>An activity is listed twice.</source>
      <translation>Een activiteit staat er twee keer in.</translation>
    </message>
    <message>
      <source>Please name 3 to 5 activities.</source>
      <translation>Noem 3 tot 5 activiteiten.</translation>
    </message>
  </context>
  <context>
    <name>PskDialog</name>
    <message>
      <source>What you want to do again</source>
      <translation>Wat je weer wilt kunnen</translation>
    </message>
    <message>
      <source>How hard was each of these in the past week?</source>
      <translation>Hoe moeilijk ging elk hiervan de afgelopen week?</translation>
    </message>
    <message>
      <source>0 = no difficulty · 10 = impossible</source>
      <translation>0 = geen moeite · 10 = onmogelijk</translation>
    </message>
    <message>
      <source>Type a number and press Enter for the next one; Enter on the last saves. Enter without a number leaves an activity unscored.</source>
      <translation>Typ een cijfer en druk op Enter voor de volgende; Enter bij de laatste slaat op. Enter zonder cijfer laat een activiteit zonder score.</translation>
    </message>
    <message>
      <source>Skip this week</source>
      <translation>Deze week overslaan</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
  </context>
  <context>
    <name>PskHelpSection</name>
    <message>
      <source>What you want to do again (PSK)</source>
      <translation>Wat je weer wilt kunnen (PSK)</translation>
    </message>
    <message>
      <source>Pain is not the only thing that counts: it also matters what your back keeps you from doing. After your first week RugTimer asks you to name 3 to 5 activities that matter to you, that your back makes hard, and that you do every week, such as putting on socks or sitting through a meeting. Once a week, after the first session of the week, you score how hard each one was in the past week: 0 is no difficulty, 10 is impossible, the same direction as pain. You see last week's score while you score, and you can skip a week.</source>
      <translation>Pijn is niet het enige dat telt: het gaat ook om wat je rug je belet te doen. Na je eerste week vraagt RugTimer je 3 tot 5 activiteiten te noemen die voor jou belangrijk zijn, die door je rug moeilijk gaan en die je elke week doet, zoals sokken aantrekken of een vergadering uitzitten. Eén keer per week, na de eerste sessie van de week, geef je aan hoe moeilijk elke activiteit de afgelopen week ging: 0 is geen moeite, 10 is onmogelijk, dezelfde richting als bij pijn. Je ziet daarbij de score van vorige week, en je kunt een week overslaan.</translation>
    </message>
    <message>
      <source>This is the Patient-Specific Complaints questionnaire (PSK, Patiënt Specifieke Klachten; Beurskens et al. 1996), developed for low back pain. The Dutch guideline for physiotherapy in low back pain (KNGF 2021) recommends it, with the pain score, for every patient.</source>
      <translation>Dit is de vragenlijst Patiënt Specifieke Klachten (PSK; Beurskens e.a. 1996), ontwikkeld voor lage rugklachten. De KNGF-richtlijn Lage rugpijn (2021) raadt hem, samen met de pijnscore, aan voor elke patiënt.</translation>
    </message>
    <message>
      <source>Progress shows the weekly mean under the pain graph, and the report shows it on its first page. The change is shown as it is: we found no source that says how big a change in the PSK is meaningful, so RugTimer gives no verdict.</source>
      <translation>Voortgang toont het weekgemiddelde onder de pijngrafiek, en het verslag op de eerste pagina. De verandering staat er zoals ze is: we vonden geen bron die zegt hoe groot een verandering in de PSK betekenisvol is, dus RugTimer geeft geen oordeel.</translation>
    </message>
    <message>
      <source>The coach does not use these scores to change your exercises: no source gives a rule for that. They are for you and your physiotherapist.</source>
      <translation>De coach past je oefeningen niet aan op deze scores: geen bron geeft daar een regel voor. Ze zijn voor jou en je fysiotherapeut.</translation>
    </message>
    <message>
      <source>To change an activity, use “Change activities…” on Progress. The old activity keeps its scores; the new one starts afresh.</source>
      <translation>Een activiteit veranderen doe je met ‘Activiteiten wijzigen…’ bij Voortgang. De oude activiteit houdt haar scores; de nieuwe begint opnieuw.</translation>
    </message>
  </context>
  <context>
    <name>PskOffer</name>
    <message>
      <source>What do you want to be able to do again? Name 3 to 5 activities your back makes hard; once a week you score them, beside your pain.</source>
      <translation>Wat wil je weer kunnen? Noem 3 tot 5 activiteiten die door je rug moeilijk gaan; één keer per week geef je ze een score, naast je pijn.</translation>
    </message>
    <message>
      <source>Choose activities…</source>
      <translation>Activiteiten kiezen…</translation>
    </message>
  </context>
  <context>
    <name>PskPanel</name>
    <message>
      <source>What you want to do again (0 = no difficulty, 10 = impossible)</source>
      <translation>Wat je weer wilt kunnen (0 = geen moeite, 10 = onmogelijk)</translation>
    </message>
    <message>
      <source>Change activities…</source>
      <translation>Activiteiten wijzigen…</translation>
    </message>
    <message>
      <source>What you want to do again</source>
      <translation>Wat je weer wilt kunnen</translation>
    </message>
    <message>
      <source>Weekly graph of what you want to do again</source>
      <translation>Weekgrafiek van wat je weer wilt kunnen</translation>
    </message>
  </context>
  <context>
    <name>PskWords</name>
    <message>
      <source>What you want to do again (PSK)</source>
      <translation>Wat je weer wilt kunnen (PSK)</translation>
    </message>
    <message>
      <source>The person's own activities, each scored weekly for the past week: 0 = no difficulty, 10 = impossible (Patient-Specific Complaints, PSK). The mean is that of the activities scored that week.</source>
      <translation>Eigen activiteiten van de persoon, elke week gescoord over de afgelopen week: 0 = geen moeite, 10 = onmogelijk (Patiënt Specifieke Klachten, PSK). Het gemiddelde is dat van de activiteiten met een score in die week.</translation>
    </message>
    <message>
      <source>No source gives a meaningful change for the PSK, so the change is shown without a verdict.</source>
      <translation>Geen bron noemt een betekenisvolle verandering voor de PSK; de verandering staat er daarom zonder oordeel.</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Activiteit</translation>
    </message>
    <message>
      <source>First (week {week})</source>
      <translation>Eerste (week {week})</translation>
    </message>
    <message>
      <source>Latest (week {week})</source>
      <translation>Laatste (week {week})</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Verandering</translation>
    </message>
    <message>
      <source>Mean</source>
      <translation>Gemiddelde</translation>
    </message>
    <message>
      <source>Mean {first} in week {first_week}, {last} in week {last_week}: {diff} lower (lower is easier).</source>
      <translation>Gemiddeld {first} in week {first_week}, {last} in week {last_week}: {diff} lager (lager is makkelijker).</translation>
    </message>
    <message>
      <source>Mean {first} in week {first_week}, {last} in week {last_week}: {diff} higher (higher is harder).</source>
      <translation>Gemiddeld {first} in week {first_week}, {last} in week {last_week}: {diff} hoger (hoger is moeilijker).</translation>
    </message>
    <message>
      <source>Mean {first} in week {first_week} and {last} in week {last_week}: the same.</source>
      <translation>Gemiddeld {first} in week {first_week} en {last} in week {last_week}: gelijk.</translation>
    </message>
    <message>
      <source>Scored once so far (week {week}), mean {mean}; the change shows from the second week.</source>
      <translation>Tot nu toe één keer gescoord (week {week}), gemiddeld {mean}; de verandering volgt vanaf de tweede week.</translation>
    </message>
    <message>
      <source>No weekly scores in this period.</source>
      <translation>Geen weekscores in deze periode.</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
  </context>
  <context>
    <name>ReminderTray</name>
    <message>
      <source>This desktop has no system tray, so RugTimer cannot show reminders.</source>
      <translation>Deze computer heeft geen systeemvak, dus RugTimer kan geen herinneringen laten zien.</translation>
    </message>
    <message>
      <source>Time for your back exercises</source>
      <translation>Tijd voor je rugoefeningen</translation>
    </message>
    <message>
      <source>A short session on the mat, at your own pace.</source>
      <translation>Een korte oefensessie, in je eigen tempo.</translation>
    </message>
    <message>
      <source>{done} of {target} days with exercises this week.</source>
      <translation>Deze week op {done} van {target} dagen geoefend.</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <source>Back exercises (RugTimer)</source>
      <translation>Rugoefeningen (RugTimer)</translation>
    </message>
    <message>
      <source>Time for your short RugTimer session, calm and at your own pace. Aim for 3 to 4 days a week.
After-pain: a little stiffness until the next day is fine; if it is still worse after 24 hours, take one step back.</source>
      <translation>Tijd voor je korte oefensessie met RugTimer, rustig en in je eigen tempo. Doel: 3 tot 4 dagen per week.
Napijn: een beetje stijf tot de volgende dag mag; is het na 24 uur nog erger, doe dan een stapje terug.</translation>
    </message>
    <message>
      <source>Time for your back exercises</source>
      <translation>Tijd voor je rugoefeningen</translation>
    </message>
  </context>
  <context>
    <name>ReportContent</name>
    <message>
      <source>RugTimer — exercise report</source>
      <translation>RugTimer — oefenverslag</translation>
    </message>
    <message>
      <source>Period: {start} – {end}</source>
      <translation>Periode: {start} – {end}</translation>
    </message>
    <message>
      <source>Made on {date}</source>
      <translation>Gemaakt op {date}</translation>
    </message>
    <message>
      <source>Current program</source>
      <translation>Huidig programma</translation>
    </message>
    <message>
      <source>Exercise</source>
      <translation>Oefening</translation>
    </message>
    <message>
      <source>Dose</source>
      <translation>Dosering</translation>
    </message>
    <message>
      <source>Week {week} of the plan, which began on {start}.</source>
      <translation>Week {week} van het plan, begonnen op {start}.</translation>
    </message>
    <message>
      <source>{days} days a week, rest between sets {rest} s.</source>
      <translation>{days} dagen per week, rust tussen de sets {rest} s.</translation>
    </message>
    <message>
      <source>Not chosen yet: this is the start plan.</source>
      <translation>Nog niet gekozen: dit is het startplan.</translation>
    </message>
    <message>
      <source>In use since {date}.</source>
      <translation>In gebruik sinds {date}.</translation>
    </message>
    <message>
      <source>Plan changes in this period: {count}; the latest on {date}: {what}.</source>
      <translation>Wijzigingen in het programma in deze periode: {count}; de laatste op {date}: {what}.</translation>
    </message>
    <message>
      <source>Days with exercises per week</source>
      <translation>Dagen geoefend per week</translation>
    </message>
    <message>
      <source>Target {low}–{high} days a week</source>
      <translation>Doel {low}–{high} dagen per week</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Dagen</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Bronnen</translation>
    </message>
    <message>
      <source>The exercises, the doses and the 24-hour rule follow the literature below. A meaningful change in pain (2 points or 30 %) is taken from {source}. How many steps, and how big, are RugTimer's own choices; Help lists them.</source>
      <translation>De oefeningen, de doseringen en de 24-uursregel volgen de literatuur hieronder. Een betekenisvolle verandering in pijn (2 punten of 30 %) komt uit {source}. Hoeveel stappen, en hoe groot, kiest RugTimer zelf; onder Hulp in de app staan ze op een rij.</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Samenvatting</translation>
    </message>
    <message>
      <source>Pain per week</source>
      <translation>Pijn per week</translation>
    </message>
    <message>
      <source>Pain before (mean)</source>
      <translation>Pijn vooraf (gemiddelde)</translation>
    </message>
    <message>
      <source>Pain before (lowest–highest)</source>
      <translation>Pijn vooraf (laagste–hoogste)</translation>
    </message>
    <message>
      <source>Pain after (mean)</source>
      <translation>Pijn achteraf (gemiddelde)</translation>
    </message>
    <message>
      <source>Pain (0–10)</source>
      <translation>Pijn (0–10)</translation>
    </message>
    <message>
      <source>Week</source>
      <translation>Week</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Vanaf</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Sessies</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Doel</translation>
    </message>
    <message>
      <source>Before mean (min–max)</source>
      <translation>Vooraf gem. (min–max)</translation>
    </message>
    <message>
      <source>After mean</source>
      <translation>Achteraf gem.</translation>
    </message>
    <message>
      <source>Hurt reports</source>
      <translation>Pijnmeldingen</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Ex. / sets</source>
      <translation>Oef. / sets</translation>
    </message>
    <message>
      <source>Pain before → after</source>
      <translation>Pijn voor → na</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Beoordeling</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <source>Done as: {what}</source>
      <translation>Gedaan als: {what}</translation>
    </message>
    <message>
      <source>“This hurts” reports</source>
      <translation>Meldingen “dit doet pijn”</translation>
    </message>
    <message>
      <source>Changes to the program</source>
      <translation>Wijzigingen in het programma</translation>
    </message>
    <message>
      <source>No “this hurts” reports in this period.</source>
      <translation>Geen meldingen “dit doet pijn” in deze periode.</translation>
    </message>
    <message>
      <source>Home exercise program for low back pain. Pain on the 0–10 scale (0 = no pain, 10 = worst imaginable pain), rated by the person before and after each session. Adherence counts days with at least one completed set, as the program's 3–4 days a week do.</source>
      <translation>Thuisoefenprogramma bij lage rugpijn. Pijn op de schaal 0–10 (0 = geen pijn, 10 = ergst denkbare pijn), vóór en na elke sessie door de persoon zelf ingevuld. Therapietrouw telt dagen met minstens één voltooide set, zoals de 3–4 dagen per week van het programma.</translation>
    </message>
    <message>
      <source>“This hurts” in this period: {count} times ({what}).</source>
      <translation>“Dit doet pijn” in deze periode: {count} keer ({what}).</translation>
    </message>
    <message>
      <source>No sessions have been recorded in this period yet. Once exercises are done, this report shows the days with exercises per week, the pain course and the sessions.</source>
      <translation>Er zijn in deze periode nog geen sessies vastgelegd. Zodra er geoefend is, staan hier de oefendagen per week, het pijnverloop en de sessies.</translation>
    </message>
    <message>
      <source>Days with exercises and pain per week</source>
      <translation>Oefendagen en pijn per week</translation>
    </message>
    <message>
      <source>No changes to the program in this period.</source>
      <translation>Geen wijzigingen in het programma in deze periode.</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Wijziging</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reden</translation>
    </message>
    <message>
      <source>page {page} of {pages}</source>
      <translation>pagina {page} van {pages}</translation>
    </message>
    <message>
      <source>(continued)</source>
      <translation>(vervolg)</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>outside a session</source>
      <translation>buiten een sessie</translation>
    </message>
    <message>
      <source>too easy</source>
      <translation>te makkelijk</translation>
    </message>
    <message>
      <source>good</source>
      <translation>goed</translation>
    </message>
    <message>
      <source>too hard</source>
      <translation>te zwaar</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>afgerond</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>gestopt</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>onderbroken</translation>
    </message>
    <message>
      <source>running</source>
      <translation>bezig</translation>
    </message>
    <message>
      <source>Walking and cycling per week</source>
      <translation>Wandelen en fietsen per week</translation>
    </message>
    <message>
      <source>Target from the program: {times}× a week {minutes} minutes of {kinds} at an easy pace. A day counts when that day's minutes add up to at least {low}. Logged by the person.</source>
      <translation>Doel uit het programma: {times}× per week {minutes} minuten {kinds} in een rustig tempo. Een dag telt mee als de minuten van die dag samen minstens {low} zijn. Door de persoon zelf genoteerd.</translation>
    </message>
    <message>
      <source>Target reached in {reached} of {weeks} weeks; on average {mean} minutes a week.</source>
      <translation>Doel gehaald in {reached} van {weeks} weken; gemiddeld {mean} minuten per week.</translation>
    </message>
    <message>
      <source>No walking or cycling minutes were logged in this period.</source>
      <translation>In deze periode zijn geen minuten wandelen of fietsen genoteerd.</translation>
    </message>
    <message>
      <source>Min.</source>
      <translation>Min.</translation>
    </message>
    <message>
      <source>Days ≥ {low} min (target {times})</source>
      <translation>Dagen ≥ {low} min (doel {times})</translation>
    </message>
    <message>
      <source>Other (min)</source>
      <translation>Anders (min)</translation>
    </message>
    <message>
      <source>or</source>
      <translation>of</translation>
    </message>
    <message>
      <source>walking</source>
      <translation>wandelen</translation>
    </message>
    <message>
      <source>cycling</source>
      <translation>fietsen</translation>
    </message>
    <message>
      <source>something else</source>
      <translation>iets anders</translation>
    </message>
  </context>
  <context>
    <name>ScoreRow</name>
    <message>
      <source>Last time: %1</source>
      <translation>Vorige keer: %1</translation>
    </message>
    <message>
      <source>First time</source>
      <translation>Eerste keer</translation>
    </message>
    <message>
      <source>How hard it was: 0 is no difficulty, 10 is impossible</source>
      <translation>Hoe moeilijk het ging: 0 is geen moeite, 10 is onmogelijk</translation>
    </message>
    <message>
      <source>not scored</source>
      <translation>geen score</translation>
    </message>
    <message>
      <source>Type 0 (no difficulty) to 10 (impossible), then Enter. %1</source>
      <translation>Typ 0 (geen moeite) tot 10 (onmogelijk) en dan Enter. %1</translation>
    </message>
  </context>
  <context>
    <name>ScrollingBody</name>
    <message>
      <source>This window is taller than the screen: Page Up and Page Down scroll it.</source>
      <translation>Dit venster is hoger dan je scherm: met Page Up en Page Down scroll je erdoor.</translation>
    </message>
  </context>
  <context>
    <name>SessionKeys</name>
    <message>
      <source>Space pause · → next exercise · ← repeat set · S skip rest · P this hurts · M mute · Esc stop · F1 help</source>
      <translation>Spatie pauze · → volgende oefening · ← set opnieuw · S rust overslaan · P dit doet pijn · M geluid · Esc stoppen · F1 hulp</translation>
    </message>
    <message>
      <source>Space resume · → next exercise · ← repeat set · S skip rest · P this hurts · M mute · Esc stop · F1 help</source>
      <translation>Spatie verder · → volgende oefening · ← set opnieuw · S rust overslaan · P dit doet pijn · M geluid · Esc stoppen · F1 hulp</translation>
    </message>
  </context>
  <context>
    <name>SessionView</name>
    <message>
      <source>Repetitions done</source>
      <translation>Herhalingen gedaan</translation>
    </message>
    <message>
      <source>Floor mode (F11)</source>
      <translation>Vloermodus (F11)</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Fase</translation>
    </message>
    <message>
      <source>Seconds left</source>
      <translation>Seconden over</translation>
    </message>
    <message>
      <source>Exercise session</source>
      <translation>Oefensessie</translation>
    </message>
    <message>
      <source>Get into the starting position for this exercise</source>
      <translation>Neem de beginhouding aan voor deze oefening</translation>
    </message>
    <message>
      <source>Set %1 of %2</source>
      <translation>Set %1 van %2</translation>
    </message>
    <message>
      <source>Rep %1 of %2</source>
      <translation>Herhaling %1 van %2</translation>
    </message>
    <message>
      <source>Last one: then you're done</source>
      <translation>Nog één: daarna ben je klaar</translation>
    </message>
    <message>
      <source>Next: %1</source>
      <translation>Hierna: %1</translation>
    </message>
    <message>
      <source>Next: rest %1 s</source>
      <translation>Hierna: %1 s rust</translation>
    </message>
    <message>
      <source>Next: switch sides</source>
      <translation>Hierna: wissel van kant</translation>
    </message>
    <message>
      <source>Next: set %1 of %2</source>
      <translation>Hierna: set %1 van %2</translation>
    </message>
  </context>
  <context>
    <name>SettingsActions</name>
    <message>
      <source>Calendar file saved: %1</source>
      <translation>Agendabestand opgeslagen: %1</translation>
    </message>
    <message>
      <source>Could not save the settings: %1</source>
      <translation>De instellingen konden niet worden opgeslagen: %1</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Zoals het systeem</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <source>Spoken cues (phase words and counting)</source>
      <translation>Gesproken aanwijzingen (fasewoorden en tellen)</translation>
    </message>
    <message>
      <source>Volume</source>
      <translation>Volume</translation>
    </message>
    <message>
      <source>Test sound</source>
      <translation>Geluid testen</translation>
    </message>
    <message>
      <source>Get-ready seconds before the first exercise</source>
      <translation>Seconden om je klaar te maken voor de eerste oefening</translation>
    </message>
    <message>
      <source>Rest between sets</source>
      <translation>Rust tussen de sets</translation>
    </message>
    <message>
      <source>Get ready</source>
      <translation>Klaarmaken</translation>
    </message>
    <message>
      <source>&amp;Reminders</source>
      <translation>&amp;Herinneringen</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>Herinneringen</translation>
    </message>
    <message>
      <source>Remind me on this day</source>
      <translation>Herinner me op deze dag</translation>
    </message>
    <message>
      <source>Reminder time</source>
      <translation>Tijdstip van de herinnering</translation>
    </message>
    <message>
      <source>&amp;At</source>
      <translation>&amp;Om</translation>
    </message>
    <message>
      <source>E&amp;xport to calendar (.ics)…</source>
      <translation>E&amp;xporteren naar agenda (.ics)…</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>&amp;Thema</translation>
    </message>
    <message>
      <source>Theme and text size change as soon as you save; a new language at the next start.</source>
      <translation>Thema en tekstgrootte veranderen meteen als je opslaat, een andere taal pas bij de volgende start.</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>Hoog contrast</translation>
    </message>
    <message>
      <source>Text si&amp;ze</source>
      <translation>Tekst&amp;grootte</translation>
    </message>
    <message>
      <source>From 0 to 100 %; the arrow keys change it, Test sound plays it</source>
      <translation>Van 0 tot 100 %; met de pijltjestoetsen zet je het harder of zachter, met Geluid testen hoor je het</translation>
    </message>
    <message>
      <source>From 0 to 60 seconds</source>
      <translation>Van 0 tot 60 seconden</translation>
    </message>
    <message>
      <source>From 0 to 600 seconds, in steps of 5</source>
      <translation>Van 0 tot 600 seconden, in stappen van 5</translation>
    </message>
    <message>
      <source>Still drawing in the session (reduced motion)</source>
      <translation>Stilstaande tekening tijdens het oefenen (minder beweging)</translation>
    </message>
    <message>
      <source>The exercise drawing stands still instead of moving with the tempo</source>
      <translation>De tekening van de oefening staat stil in plaats van mee te bewegen op het tempo</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Licht</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Donker</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Thema</translation>
    </message>
    <message>
      <source>The colours of RugTimer; they change as soon as you save</source>
      <translation>De kleuren van RugTimer; ze veranderen meteen als je opslaat</translation>
    </message>
    <message>
      <source>%1 % (normal)</source>
      <translation>%1 % (normaal)</translation>
    </message>
    <message>
      <source>Text size</source>
      <translation>Tekstgrootte</translation>
    </message>
    <message>
      <source>The size of all text; it changes as soon as you save</source>
      <translation>De grootte van alle tekst; die verandert meteen als je opslaat</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>Op&amp;slaan</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuleren</translation>
    </message>
    <message>
      <source>Export to calendar (.ics)</source>
      <translation>Exporteren naar agenda (.ics)</translation>
    </message>
    <message>
      <source>Saves the reminder days as a file your own calendar can import</source>
      <translation>Slaat de herinneringsdagen op als bestand dat je in je eigen agenda kunt zetten</translation>
    </message>
    <message>
      <source>Reminders pop up while RugTimer is open. Also when it is closed? Use your calendar.</source>
      <translation>Herinneringen verschijnen zolang RugTimer openstaat. Ook als het dicht is? Gebruik je agenda.</translation>
    </message>
    <message>
      <source>Hours and minutes; Tab goes from the hours to the minutes</source>
      <translation>Uren en minuten; met Tab ga je van de uren naar de minuten</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>ma</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>di</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>wo</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>do</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>vr</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>za</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>zo</translation>
    </message>
    <message>
      <source>Monday</source>
      <translation>maandag</translation>
    </message>
    <message>
      <source>Tuesday</source>
      <translation>dinsdag</translation>
    </message>
    <message>
      <source>Wednesday</source>
      <translation>woensdag</translation>
    </message>
    <message>
      <source>Thursday</source>
      <translation>donderdag</translation>
    </message>
    <message>
      <source>Friday</source>
      <translation>vrijdag</translation>
    </message>
    <message>
      <source>Saturday</source>
      <translation>zaterdag</translation>
    </message>
    <message>
      <source>Sunday</source>
      <translation>zondag</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <source>RugTimer cannot use the data folder %1: %2 is a file, not a folder. Nothing was changed. Start RugTimer with another data folder (--data-dir).</source>
      <translation>RugTimer kan de gegevensmap %1 niet gebruiken: %2 is een bestand, geen map. Er is niets veranderd. Start RugTimer met een andere gegevensmap (--data-dir).</translation>
    </message>
    <message>
      <source>RugTimer cannot look into the data folder %1. Nothing was changed. Start RugTimer with another data folder (--data-dir).</source>
      <translation>RugTimer kan niet in de gegevensmap %1 kijken. Er is niets veranderd. Start RugTimer met een andere gegevensmap (--data-dir).</translation>
    </message>
    <message>
      <source>The exercise library could not be read:</source>
      <translation>RugTimer kon de oefeningen niet lezen:</translation>
    </message>
    <message>
      <source>RugTimer cannot use the data folder %1.</source>
      <translation>RugTimer kan de gegevensmap %1 niet gebruiken.</translation>
    </message>
    <message>
      <source>RugTimer cannot use its lock file %1.</source>
      <translation>RugTimer kan zijn vergrendelbestand %1 niet gebruiken.</translation>
    </message>
    <message>
      <source>RugTimer is already running. Switch to its window.</source>
      <translation>RugTimer draait al. Ga naar dat venster.</translation>
    </message>
    <message>
      <source>A RugTimer command (%1) is working on your history right now. Start the app again when it has finished.</source>
      <translation>Een RugTimer-opdracht (%1) werkt nu met je geschiedenis. Start de app opnieuw als die klaar is.</translation>
    </message>
    <message>
      <source>The data folder %1 is read-only. RugTimer can open your history there to look at it and export it, but it cannot save anything new: no sessions, pain scores or settings.</source>
      <translation>De gegevensmap %1 is alleen-lezen. RugTimer kan je geschiedenis daar openen om die te bekijken en te exporteren, maar kan niets nieuws opslaan: geen sessies, pijnscores of instellingen.</translation>
    </message>
    <message>
      <source>Open read-only</source>
      <translation>Alleen-lezen openen</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Afsluiten</translation>
    </message>
    <message>
      <source>Read-only: %1 cannot be written. You can look and export; nothing new is saved.</source>
      <translation>Alleen-lezen: in %1 kan niets worden geschreven. Je kunt kijken en exporteren; er wordt niets nieuws opgeslagen.</translation>
    </message>
    <message>
      <source>The newest changes (in the -wal file beside it) cannot be read from here.</source>
      <translation>De nieuwste wijzigingen (in het -wal-bestand ernaast) zijn van hieruit niet te lezen.</translation>
    </message>
    <message>
      <source>That did not work; nothing more was changed.</source>
      <translation>Dat is niet gelukt; verder is er niets veranderd.</translation>
    </message>
    <message>
      <source>Your history file %1 is damaged. RugTimer has left it exactly as it is.

You can put back the newest good backup (%2), or start with an empty history; the damaged file is then kept beside it. Until you choose, nothing is changed.</source>
      <translation>Je geschiedenisbestand %1 is beschadigd. RugTimer heeft het precies zo gelaten.

Je kunt de nieuwste goede reservekopie (%2) terugzetten, of beginnen met een lege geschiedenis; het beschadigde bestand blijft dan ernaast bewaard. Zolang je niet kiest, verandert er niets.</translation>
    </message>
    <message>
      <source>Restore the backup</source>
      <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
      <source>Start empty</source>
      <translation>Leeg beginnen</translation>
    </message>
    <message>
      <source>Your history file %1 is damaged, and RugTimer found no good backup of it. RugTimer has left it exactly as it is.

You can start with an empty history; the damaged file is then kept beside it. Until you choose, nothing is changed.</source>
      <translation>Je geschiedenisbestand %1 is beschadigd en RugTimer vond er geen goede reservekopie van. RugTimer heeft het precies zo gelaten.

Je kunt beginnen met een lege geschiedenis; het beschadigde bestand blijft dan ernaast bewaard. Zolang je niet kiest, verandert er niets.</translation>
    </message>
    <message>
      <source>Your history was restored from the backup %1.</source>
      <translation>Je geschiedenis is teruggezet uit de reservekopie %1.</translation>
    </message>
    <message>
      <source>The damaged file is kept as %1.</source>
      <translation>Het beschadigde bestand is bewaard als %1.</translation>
    </message>
    <message>
      <source>You started with an empty history.</source>
      <translation>Je bent begonnen met een lege geschiedenis.</translation>
    </message>
    <message>
      <source>Your history %1 was made by a newer RugTimer. Update the app to open it; the file was not changed.</source>
      <translation>Je geschiedenis %1 is gemaakt door een nieuwere RugTimer. Werk de app bij om je geschiedenis te openen; het bestand is niet veranderd.</translation>
    </message>
    <message>
      <source>%1 is not a RugTimer history: it belongs to another program. RugTimer has not changed it. Move it elsewhere, or start RugTimer with another data folder (--data-dir).</source>
      <translation>%1 is geen RugTimer-geschiedenis: het hoort bij een ander programma. RugTimer heeft het niet veranderd. Zet het ergens anders neer, of start RugTimer met een andere gegevensmap (--data-dir).</translation>
    </message>
    <message>
      <source>The disk is full: RugTimer cannot open your history %1. Make some room and start again.</source>
      <translation>De schijf is vol: RugTimer kan je geschiedenis %1 niet openen. Maak wat ruimte vrij en start opnieuw.</translation>
    </message>
    <message>
      <source>RugTimer could not open your history %1. Nothing was changed.</source>
      <translation>RugTimer kon je geschiedenis %1 niet openen. Er is niets veranderd.</translation>
    </message>
    <message>
      <source>RugTimer could not open your history. Nothing was changed.</source>
      <translation>RugTimer kon je geschiedenis niet openen. Er is niets veranderd.</translation>
    </message>
  </context>
  <context>
    <name>SuggestionDialog</name>
    <message>
      <source>A small step up for this week</source>
      <translation>Een klein stapje verder deze week</translation>
    </message>
    <message>
      <source>One step back</source>
      <translation>Een stapje terug</translation>
    </message>
    <message>
      <source>Lighter next time</source>
      <translation>De volgende keer lichter</translation>
    </message>
    <message>
      <source>&amp;Yes, change it</source>
      <translation>&amp;Ja, aanpassen</translation>
    </message>
    <message>
      <source>&amp;No, keep it as it is</source>
      <translation>&amp;Nee, laat het zo</translation>
    </message>
    <message>
      <source>Now:</source>
      <translation>Nu:</translation>
    </message>
    <message>
      <source>New:</source>
      <translation>Nieuw:</translation>
    </message>
  </context>
  <context>
    <name>TempoBar</name>
    <message>
      <source>Tempo bar</source>
      <translation>Tempobalk</translation>
    </message>
  </context>
  <context>
    <name>TodayView</name>
    <message>
      <source>Today</source>
      <translation>Vandaag</translation>
    </message>
    <message>
      <source>Today's exercises</source>
      <translation>De oefeningen van vandaag</translation>
    </message>
    <message>
      <source>Page Up and Page Down scroll the exercise cards.</source>
      <translation>Met Page Up en Page Down scroll je door de oefenkaarten.</translation>
    </message>
    <message>
      <source>Week {week} of your plan</source>
      <translation>Week {week} van je plan</translation>
    </message>
    <message>
      <source>{done} of {target} days with exercises this week</source>
      <translation>{done} van {target} dagen geoefend deze week</translation>
    </message>
    <message>
      <source>weekly goal reached</source>
      <translation>weekdoel gehaald</translation>
    </message>
    <message>
      <source>No exercises are planned.</source>
      <translation>Er staan geen oefeningen gepland.</translation>
    </message>
    <message>
      <source>Start session</source>
      <translation>Begin met oefenen</translation>
    </message>
    <message>
      <source>Start today's session (Space or Enter)</source>
      <translation>Begin met de oefeningen van vandaag (spatiebalk of Enter)</translation>
    </message>
    <message>
      <source>Starts all of today's exercises in order. Shortcut: Space.</source>
      <translation>Start alle oefeningen van vandaag na elkaar. Sneltoets: spatiebalk.</translation>
    </message>
    <message>
      <source>With the ball</source>
      <translation>Met de bal</translation>
    </message>
    <message>
      <source>Without a ball (mat and chair)</source>
      <translation>Zonder bal (mat en stoel)</translation>
    </message>
  </context>
  <context>
    <name>TrendWords</name>
    <message>
      <source>Pain before exercising</source>
      <translation>Pijn vóór het oefenen</translation>
    </message>
    <message>
      <source>Days with exercises</source>
      <translation>Dagen met oefeningen</translation>
    </message>
    <message>
      <source>{minutes} minutes in the last {weeks} weeks.</source>
      <translation>{minutes} minuten in de laatste {weeks} weken.</translation>
    </message>
    <message>
      <source>Walking and cycling</source>
      <translation>Wandelen en fietsen</translation>
    </message>
    <message>
      <source>Pain has been rated for {weeks} weeks without a clear improvement. When complaints last longer than 6 to 8 weeks, it is worth seeing a physiotherapist, who can check the exercises and adjust the plan.</source>
      <translation>De pijn is nu {weeks} weken bijgehouden zonder duidelijke verbetering. Duren klachten langer dan 6 tot 8 weken, dan is een bezoek aan een fysiotherapeut zinvol: die kan de oefeningen nakijken en het plan aanpassen.</translation>
    </message>
    <message>
      <source>A suggestion</source>
      <translation>Een voorstel</translation>
    </message>
    <message>
      <source>No pain ratings yet. Rate the pain before a session, and the trend appears here.</source>
      <translation>Nog geen pijnscores. Geef vóór een sessie je pijn aan, dan verschijnt hier het verloop.</translation>
    </message>
    <message>
      <source>Pain ratings in one week so far. The change shows from the second week on.</source>
      <translation>Tot nu toe pijnscores in één week. Vanaf de tweede week is de verandering te zien.</translation>
    </message>
    <message>
      <source>The same as at the start.</source>
      <translation>Hetzelfde als aan het begin.</translation>
    </message>
    <message>
      <source>{points} points lower than at the start ({percent} % less).</source>
      <translation>{points} punten lager dan aan het begin ({percent} % minder).</translation>
    </message>
    <message>
      <source>{points} points higher than at the start.</source>
      <translation>{points} punten hoger dan aan het begin.</translation>
    </message>
    <message>
      <source>{points} points higher than at the start ({percent} % more).</source>
      <translation>{points} punten hoger dan aan het begin ({percent} % meer).</translation>
    </message>
    <message>
      <source>Weekly mean {baseline} in the first two weeks with ratings (from week {week}), {current} in the last two.</source>
      <translation>Weekgemiddelde {baseline} in de eerste twee weken met scores (vanaf week {week}), {current} in de laatste twee.</translation>
    </message>
    <message>
      <source>Weekly mean {baseline} in the first week with ratings (week {week}), {current} in the last.</source>
      <translation>Weekgemiddelde {baseline} in de eerste week met scores (week {week}), {current} in de laatste.</translation>
    </message>
    <message>
      <source>That is a meaningful improvement for low back pain (at least {min_points} points or {min_percent} % less; {source}).</source>
      <translation>Dat is een betekenisvolle verbetering bij lage rugpijn (minstens {min_points} punten of {min_percent} % minder; {source}).</translation>
    </message>
    <message>
      <source>Less pain, but not yet a meaningful change for low back pain ({min_points} points or {min_percent} % less; {source}).</source>
      <translation>Minder pijn, maar nog geen betekenisvolle verandering bij lage rugpijn ({min_points} punten of {min_percent} % minder; {source}).</translation>
    </message>
    <message>
      <source>A meaningful improvement for low back pain is {min_points} points or {min_percent} % less ({source}).</source>
      <translation>Een betekenisvolle verbetering bij lage rugpijn is {min_points} punten of {min_percent} % minder ({source}).</translation>
    </message>
    <message>
      <source>Exercises on {count} days in the last {weeks} weeks: {per_week} a week. The program asks for {low} to {high} days a week.</source>
      <translation>Op {count} dagen geoefend in de laatste {weeks} weken: {per_week} per week. Het programma vraagt {low} tot {high} dagen per week.</translation>
    </message>
    <message>
      <source>On target.</source>
      <translation>Op schema.</translation>
    </message>
    <message>
      <source>Below the target for now. Regularity matters more than effort: a short session counts too.</source>
      <translation>Voorlopig onder het doel. Regelmatig oefenen is belangrijker dan hard oefenen: ook een korte sessie telt mee.</translation>
    </message>
  </context>
  <context>
    <name>TrendsView</name>
    <message>
      <source>Pain over the weeks</source>
      <translation>Pijn door de weken heen</translation>
    </message>
    <message>
      <source>In words</source>
      <translation>In woorden</translation>
    </message>
    <message>
      <source>The trend in words</source>
      <translation>De trend in woorden</translation>
    </message>
    <message>
      <source>Weekly pain graph</source>
      <translation>Grafiek van je pijn per week</translation>
    </message>
    <message>
      <source>Left and right arrows: show the numbers of a week</source>
      <translation>Pijltjes links en rechts: toon de cijfers van een week</translation>
    </message>
    <message>
      <source>Pain (0–10)</source>
      <translation>Pijn (0–10)</translation>
    </message>
    <message>
      <source>wk {week} · {year}</source>
      <translation>wk {week} · {year}</translation>
    </message>
    <message>
      <source>wk {week}</source>
      <translation>wk {week}</translation>
    </message>
    <message>
      <source>{first} – {last}</source>
      <translation>{first} – {last}</translation>
    </message>
    <message>
      <source>sessions: {count}</source>
      <translation>sessies: {count}</translation>
    </message>
    <message>
      <source>pain before: mean {mean}, lowest {low}, highest {high}</source>
      <translation>pijn vooraf: gemiddeld {mean}, laagst {low}, hoogst {high}</translation>
    </message>
    <message>
      <source>no pain rated</source>
      <translation>geen pijn ingevuld</translation>
    </message>
    <message>
      <source>pain after: mean {mean}</source>
      <translation>pijn achteraf: gemiddeld {mean}</translation>
    </message>
    <message>
      <source>plan changes: {count}</source>
      <translation>planwijzigingen: {count}</translation>
    </message>
    <message>
      <source>“this hurts”: {count}</source>
      <translation>“dit doet pijn”: {count}</translation>
    </message>
    <message>
      <source>Your first week is in: pain before exercising {mean} on average, from {low} to {high}. From your second week on, a line here shows how your pain changes week by week.</source>
      <translation>Je eerste week staat erin: pijn vóór het oefenen gemiddeld {mean}, van {low} tot {high}. Vanaf je tweede week laat een lijn hier zien hoe je pijn week na week verandert.</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Dagen</translation>
    </message>
    <message>
      <source>days with exercises: {days}</source>
      <translation>dagen geoefend: {days}</translation>
    </message>
    <message>
      <source>After your first sessions, your weekly pain appears here: your average pain before exercising as a line, the lowest and highest as a band, and your days with exercises per week against the target of {low} to {high}.</source>
      <translation>Na je eerste sessies zie je hier je pijn per week: je gemiddelde pijn vóór het oefenen als lijn, de laagste en hoogste als band, en je dagen met oefeningen per week naast het doel van {low} tot {high}.</translation>
    </message>
    <message>
      <source>8 weeks</source>
      <translation>8 weken</translation>
    </message>
    <message>
      <source>Show the last 8 weeks</source>
      <translation>Toon de laatste 8 weken</translation>
    </message>
    <message>
      <source>6 months</source>
      <translation>6 maanden</translation>
    </message>
    <message>
      <source>Show the last 6 months</source>
      <translation>Toon de laatste 6 maanden</translation>
    </message>
    <message>
      <source>1 year</source>
      <translation>1 jaar</translation>
    </message>
    <message>
      <source>Show the last year</source>
      <translation>Toon het laatste jaar</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>Alles</translation>
    </message>
    <message>
      <source>Show everything</source>
      <translation>Toon alles</translation>
    </message>
    <message>
      <source>Pain before, weekly mean</source>
      <translation>Pijn vooraf, weekgemiddelde</translation>
    </message>
    <message>
      <source>Lowest – highest before</source>
      <translation>Laagste – hoogste vooraf</translation>
    </message>
    <message>
      <source>Pain after, weekly mean</source>
      <translation>Pijn achteraf, weekgemiddelde</translation>
    </message>
    <message>
      <source>Days with exercises per week</source>
      <translation>Dagen geoefend per week</translation>
    </message>
    <message>
      <source>Target: {low}–{high} days a week</source>
      <translation>Doel: {low}–{high} dagen per week</translation>
    </message>
    <message>
      <source>Plan change</source>
      <translation>Planwijziging</translation>
    </message>
    <message>
      <source>“This hurts”</source>
      <translation>“Dit doet pijn”</translation>
    </message>
  </context>
  <context>
    <name>Weeks</name>
    <message>
      <source>{week} of {year}</source>
      <translation>{week} van {year}</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <source>Welcome to RugTimer</source>
      <translation>Welkom bij RugTimer</translation>
    </message>
    <message>
      <source>Which exercises do you want to start with?</source>
      <translation>Met welke oefeningen wil je beginnen?</translation>
    </message>
    <message>
      <source>Tip: begin with the floor exercises, and add the ball ones once the floor set feels familiar.</source>
      <translation>Tip: begin met de oefeningen zonder bal. Neem de oefeningen met de bal erbij als de eerste vier vertrouwd voelen.</translation>
    </message>
    <message>
      <source>Welcome and the alarm signals</source>
      <translation>Welkom en de alarmsignalen</translation>
    </message>
    <message>
      <source>Page Up and Page Down scroll the text.</source>
      <translation>Met Page Up en Page Down scroll je door de tekst.</translation>
    </message>
    <message>
      <source>&amp;Floor exercises (4: mat and chair)</source>
      <translation>&amp;Zonder bal (4: mat en stoel)</translation>
    </message>
    <message>
      <source>&amp;Ball exercises (4, exercise ball needed)</source>
      <translation>&amp;Met de bal (4, oefenbal nodig)</translation>
    </message>
    <message>
      <source>B&amp;oth (8, floor and ball)</source>
      <translation>&amp;Allebei (8, zonder en met bal)</translation>
    </message>
    <message>
      <source>A good start: four calm exercises lying, sitting and on hands and knees.</source>
      <translation>Een goed begin: vier rustige oefeningen, liggend, zittend en op handen en knieën.</translation>
    </message>
    <message>
      <source>Four exercises with a ball: sitting on it, leaning on it, against a wall.</source>
      <translation>Vier oefeningen met een bal: erop zitten, erop leunen, tegen een muur.</translation>
    </message>
    <message>
      <source>All eight exercises; best once you are used to the floor set.</source>
      <translation>Alle acht oefeningen; het beste als je de oefeningen zonder bal al kent.</translation>
    </message>
    <message>
      <source>&amp;Start</source>
      <translation>&amp;Start</translation>
    </message>
    <message>
      <source>Start with the chosen exercises.</source>
      <translation>Begin met de gekozen oefeningen.</translation>
    </message>
  </context>
</TS>