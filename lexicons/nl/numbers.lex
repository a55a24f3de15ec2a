# Woorden rond een getal, met "{n}" voor elk getal (lexicons/README.md), uit algemene
# kennis van hoe posts tellen: korting, jaren in een vak, een lijstje lessen, groei, de
# leeftijd van een baby in weken, een verjaardag. De woorden eromheen zeggen wat het
# getal telt; het getal zelf zegt niets. Gekozen uit algemene kennis (de jaren in een
# vak na een blik op dev-posts: bench/RESULTS.md); weggelaten waar de telling twee
# kanten op gaat: "{n} jaar bij" (een club of een werkgever), "{n} jaar geleden", "{n}
# jaar als" (vrijwilliger of vak), "{n}-jarig bestaan" (een vereniging of een bedrijf),
# "maar €{n}" (een koopje op de markt of een aanbieding). "Jaar ervaring", "jaar
# werkzaam" en "jaar in het vak" staan al zonder getal in de lijsten.

@category pitch
{n}% korting = 2
{n} procent korting = 2
tot {n}% korting = 2
€{n} korting = 2
bespaar {n}% = 2
de eerste {n} klanten = 1.5

@category career
na {n} jaar bij = 1
{n} jaar in dienst = 1.5

@category learning
{n} lessen = 1
{n} tips = 1
{n} dingen die ik leerde = 1.5
{n} dingen die ik heb geleerd = 1.5
{n} inzichten = 1.5
{n} valkuilen = 1

@category data
{n}% van de = 0.5
{n}% vd = 0.5
{n}% meer = 0.5
{n}% groei = 1
{n}% stijging = 1
{n}x sneller = 1

@category jobs
{n} uur per week = 1.5
{n} vacatures = 1.5
{n} openstaande vacatures = 2

@category company
{n} medewerkers = 1
{n} klanten = 0.5

@category events
{n} sprekers = 1
{n} deelnemers = 0.5

@category baby
{n} weken zwanger = 2
{n} weken oud = 1.5
{n} dagen oud = 1.5
{n} maanden oud = 1

@category family
{n} jaar getrouwd = 1.5

@category celebration
{n}e verjaardag = 1.5
{n} jaar geworden = 1
{n} kaarsjes = 1.5

# The "from" price ("vanaf": a box, a day trip, a bar of soap) and the free trial or the
# gift for the first sign-ups. Not "{n} euro" on its own: that is also what the children
# earned at the flea market or what the bike mechanic charged.
@category pitch
vanaf €{n} = 1.5
vanaf {n} euro = 1.5
€{n} p.p. = 1
{n} euro p.p. = 1
doos van {n} = 1
{n} dagen gratis = 1.5
de eerste {n} aanmeldingen = 1.5
de eerste {n} bestellingen = 1.5
de eerste {n} bezoekers = 1

# Round 10: hours and days a week written with a slash ("4 dagen/week", "32 uur/week")
# as in a small firm's vacancy; an organisation's locations; a price per pair.
@category jobs
{n} dagen/week = 1
{n} uur/week = 1.5

@category company
onze {n} locaties = 1
al onze {n} locaties = 1

@category pitch
€{n} per paar = 1.5

# Round 11: the first customers' offer as a headline, without "de" ("Eerste 50 klanten een
# gratis bolletje"); "onze eerste {n} klanten" is a milestone, not an offer.
@category pitch
eerste {n} klanten = 1

@category company
onze eerste {n} klanten = 1

# Round 12: a product counted by its downloads, a producer by the shops that sell it.
@category company
{n} downloads = 1.5
in {n} winkels = 1
