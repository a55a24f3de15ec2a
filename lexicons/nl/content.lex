# Dutch words for content types that decide verdicts whatever the mindset: product
# pitch, political provocation, confidential information, engagement bait and vanity.
# Ambiguous single words are written as phrases ("actie geldig", not "actie"; "linkse
# partijen", not "links", which stems like "link").

@category pitch
korting = 1.5
kortingscode* = 2
kortingsactie = 2
met code = 1.5
met de code = 2
gebruik de code = 2
maanden gratis = 1.5
nu upgraden = 2
nieuwe versie = 1.5
live gegaan = 1.5
gebruik code = 2
aanbieding* = 1.5
actieprijs = 2
actie geldig = 2
in de actie = 1.5
deze actie
actieperiode = 2
tijdelijke actie = 2
uitverkoop = 2
grote opruiming = 1.5
# exact: its stem "sal" is also the Afrikaans "will" of tweets read as Dutch
"sale" = 1.5
black friday = 1.5
cyber monday = 1.5
halve prijs = 1.5
tweede halve prijs = 2
bestel nu = 2 -> meer informatie
bestel vandaag = 2
bestel hier = 2
bestel via = 1.5
op bestelling = 1.5
dm voor prijzen = 2
nu bestellen = 2
te bestellen = 2
nu verkrijgbaar = 2
verkrijgbaar = 1.5
verkrijgbaar bij = 2
nu te koop = 2
te koop
koop nu = 2 -> bekijk het hier
bestellen = 0.5
bestel = 0.5
pre-order = 2
preorder = 2
voorverkoop = 1.5
early bird = 1.5
earlybird = 1.5
boek nu = 2
reserveer nu = 2
webshop = 1.5
onze webshop = 2
in onze winkel = 1.5
gratis verzending = 2
gratis verzonden = 2
gratis bezorgd = 1.5
gratis bezorging = 2
verzendkosten = 1.5
morgen in huis = 1.5
levertijd
op voorraad
weer op voorraad = 2
zolang de voorraad strekt = 2
op is op = 2
geld terug = 1.5
niet goed geld terug = 2
gratis proberen = 2
probeer gratis = 2
probeer het gratis = 2
gratis proefperiode = 2
proefperiode = 1.5
gratis proefles = 1.5
proefles
gratis kennismaking = 1.5
gratis kennismakingsgesprek = 1.5
gratis download = 1.5
gratis e-book
vrijblijvend = 1.5
vrijblijvende offerte = 2
demo = 1.5
vraag een demo aan = 2
plan een demo = 2
offerte
vraag een offerte aan = 2
prijs = 0.5
prijzen = 0.5
prijslijst = 1.5
tarieven
# Exact words: the stem of "voordelig" is also that of "voordeel" (an advantage).
"voordelig" = 0.5
"voordelige" = 0.5
"voordeliger" = 0.5
scherpe prijs = 1.5
laagste prijs = 1.5
inclusief btw = 1.5
exclusief btw = 1.5
tijdelijk = 0.5
alleen deze week = 1.5
alleen vandaag = 1.5
lancering = 1
gelanceerd
productlancering = 2
nieuw product = 1.5
nieuwe collectie = 1.5
nieuw in ons assortiment = 2
assortiment = 1.5
nieuwe functie = 0.5
nieuwe feature = 1.5
functionaliteit
nu beschikbaar = 1.5
nu live = 1.5
upgrade
abonnement
onze diensten = 1.5
onze producten = 1.5
ons product = 1.5
onze oplossing = 1.5
onze software = 1.5
ons platform = 1.5
ons aanbod = 1.5
aanbod = 0.5
link in bio = 2
link in de bio = 2
linkinbio = 2
klik hier = 1.5
klik op de link = 1.5
via de link
stuur een dm
dm voor info = 2
dm me
# "pb" (persoonlijk bericht) is the Dutch DM of Facebook sellers and bookers.
stuur me een pb
stuur een pb
stuur ons een pb
pb me
pb voor info = 2
stuur me een dm
stuur ons een dm
# An estate agent's listing: asking price, costs to the buyer, viewings.
vraagprijs
k.k.
v.o.n.
bezichtiging
woonoppervlakte
nieuw in de verkoop = 1.5
check onze
bezoek onze
bekijk onze
ontdek onze = 1.5
shop nu = 2
shop = 0.5
nieuwsbrief
reclame = 0.5
advertentie
gesponsord = 2
#adv = 2
#spon = 2
#sponsored = 2

@category politics
politiek
politieke partij = 1.5
politici
politicus
verkiezing* = 1.5
gemeenteraadsverkiezingen = 1.5
stemmen op = 1.5
stem op = 1.5
stemt op = 1.5
stemde op = 1.5
gestemd op = 1.5
kiezers
ga stemmen = 1.5
gaan stemmen = 1.5
stembus = 1.5
stemwijzer = 1.5
kieskompas = 1.5
stembureau
kabinet* = 1.5
formatie = 0.5
formateur = 1.5
informateur = 1.5
regering = 1.5
regeerakkoord = 1.5
coalitieakkoord = 1.5
tweede kamer = 1.5
eerste kamer = 1.5
kamerlid = 1.5
kamerleden = 1.5
kamervragen = 1.5
kamerdebat = 1.5
motie
debat = 0.5
minister*
premier
staatssecretaris
binnenhof
den haag = 0.5
coalitie
oppositie
partijleider = 1.5
lijsttrekker = 1.5
gemeenteraad
provinciale staten = 1.5
wethouder
burgemeester = 0.5
linkse partijen = 1.5
linkse politiek = 1.5
linkse hobby = 2
linkse elite = 2
linkse media = 2
linkse kerk = 2
rechtse partijen = 1.5
rechtse politiek = 1.5
rechtse kabinet = 1.5
extreemrechts = 1.5
extreem rechts = 1.5
extreemlinks = 1.5
extreem links = 1.5
radicaal rechts = 1.5
populist* = 1.5
populisme = 1.5
fascis* = 1.5
nazi's
asiel* = 1.5
azc = 1.5
statushouders
immigratie*
migratiebeleid = 1.5
migranten
vluchteling*
grenzen dicht = 2
open grenzen = 1.5
stikstof* = 1.5
boerenprotest* = 1.5
boerenopstand = 1.5
demonstratie = 0.5
demonstranten
demonstreren
protest
protesteren
klimaatactivisten = 1.5
extinction rebellion = 1.5
belasting is diefstal = 2
belastinggeld
belastingverhoging
wakker worden mensen = 2
word wakker = 1.5
wordt wakker = 1.5
slapende schapen = 2
# Round 13: bare "schapen" left out: it is mostly the farmer's or the shearer's sheep.
de elite = 1.5
mainstream media = 1.5
msm
nepnieuws = 1.5
fake news = 1.5
klimaathysterie = 2
klimaatgekte = 2
klimaatdrammers = 2
woke = 1.5
wokeness = 1.5
deugmens* = 2
gutmensch = 1.5
omvolking = 2
zwarte piet
zwartepietendiscussie = 1.5
toeslagenaffaire = 1.5
toeslagenschandaal = 1.5
gaswinning
rechtsstaat
democratie
dictatuur
referendum
nexit = 2
brexit
europese unie = 0.5
poetin
trump = 1.5
joe biden
gaza
pvv = 1.5
vvd = 1.5
d66 = 1.5
cda = 1.5
groenlinks = 1.5
gl-pvda = 1.5
pvda = 1.5
sp
bbb = 1.5
fvd = 1.5
forum voor democratie = 1.5
nsc = 1.5
ja21 = 1.5
christenunie = 1.5
sgp = 1.5
pvdd = 1.5
partij voor de dieren = 1.5
50plus
vlaams belang = 1.5
n-va = 1.5
open vld = 1.5
federale regering = 1.5
wilders = 1.5
rutte = 1.5
omtzigt = 1.5
baudet = 1.5
yesilgöz = 1.5
# "timmermans" alone stems to "timmerman", the occupation (carpenter): only the full name
frans timmermans
#tk2023 = 1.5
#tk2025 = 1.5

@category confidential
vertrouwelijk* = 2
strikt vertrouwelijk = 3
confidential = 2
alleen voor intern gebruik = 3
interne memo = 2
interne notitie = 2
interne mail = 2
intern document = 2
interne cijfers = 2.5
interne presentatie = 2
geheimhouding* = 2
nda = 1.5
niet voor publicatie = 3
niet openbaar = 2
nog niet openbaar = 3
nog niet bekend = 2
nog niet bekendgemaakt = 3
nog niet aangekondigd = 3
nog niet officieel = 2.5
voordat het officieel is = 3
voordat het bekend wordt = 2.5
voor je het in de krant leest = 2
nog geheim = 2
het is nog geheim = 2
geheimpje
niemand weet het nog = 2
nog niemand weet = 2
mag ik eigenlijk niet zeggen = 3
eigenlijk mag ik dit niet = 3
mag ik niet zeggen = 3
mag ik niks over zeggen = 3
mag ik nog niks zeggen = 3
mag eigenlijk nog niet = 3
mag nog niet naar buiten = 3
niet naar buiten brengen = 3
niet doorsturen = 2
niet doorvertellen = 2
niet verder vertellen = 2
vertel het niet verder = 2
vertel het niemand = 2
zeg het tegen niemand = 2
niet delen = 2
onder ons = 2
onder ons gezegd = 2
tussen ons = 2
tussen jou en mij = 2
off the record = 2
sst*
uitgelekt = 2
gelekt = 2
voorkennis = 3
insider info = 2
insider
via via gehoord = 1.5
gerucht
uit de bestuurskamer = 2
klantenlijst = 2
klantgegevens = 2
# Round 13: not the bare word, which is the privacy adviser's everyday word ("AVG-scan: waar
# staan je persoonsgegevens"), and any mention of it makes a post a leak.
persoonsgegevens van klanten = 1.5
inloggegevens = 2
wachtwoord
toegangscode = 1.5
pincode = 1.5
salaris van mijn collega = 2
salarissen van collega's = 2
mijn collega verdient = 2
onder embargo = 3
embargo tot = 3
embargo = 1.5
geheim project = 2
top secret = 2
sneak peek
sneakpeek
je hebt het niet van mij = 3
heb je niet van mij = 3
niet van mij gehoord = 3
mag dit eigenlijk niet zeggen = 3
mag dit niet zeggen = 3
mag dit eigenlijk niet delen = 3
officieel nog niks = 2.5
nog niks aangekondigd = 3
niks aangekondigd = 2
weet nog van niks = 2

@category bait
like als je = 2 -> wat vind jij?
like als = 1.5
like en deel = 2
like deze post = 1.5
deel dit = 1.5 -> wat zou jij toevoegen?
deel deze post = 1.5
deel dit bericht = 1.5
deel als je = 2
deel als = 1.5
delen mag = 1.5
delen is lief = 1.5
graag delen = 1.5
stuur dit door = 1.5
stuur door naar = 1.5
kettingbrief = 2
tag een vriend = 2 -> wie moet dit ook lezen?
tag een vriendin = 2
tag iemand = 2
tag degene = 2
tag die ene = 2
tag je
tag jouw = 1.5
reageer met ja = 2
reageer met een = 1.5
typ ja = 2
typ amen = 2
typ een = 1.5
laat een hartje achter = 2
geef een hartje = 2
duimpje omhoog = 1.5
volgers = 1.5
volg mij = 1.5
volg me = 1.5
volg ons
volg voor meer = 2
volg voor volg = 2
klik op volgen = 1.5
druk op het belletje = 2
abonneer op mijn kanaal = 2
vergeet niet te liken = 2
vergeet niet te abonneren = 2
likes
meer likes = 1.5
viraal = 1.5
weergaven
views
impressies
voor het algoritme = 1.5
wie herkent dit = 1.5
wie herkent zich = 1.5
wie is het met me eens = 1.5
mee eens? = 1.5
winactie = 1.5
maak kans op = 1.5
win een = 1.5
winnaar wordt = 1.5
giveaway = 2
give away = 2
weggeefactie = 2
connecties
#volgvoorvolg = 2
#like4like = 2
#likeforlike = 2
#follow4follow = 2
#followme = 2
#volgmij = 2

# Ronde 3 (blinde posts nl-7161..nl-7240): de aanbiedingstaal van de kapper, de
# schoonheidsspecialiste en de kleine zaak op Facebook: een actie van de maand, online
# boeken, "vol = vol".
@category pitch
actie deze maand = 2
actie van de maand = 2
maandactie = 2
vol=vol = 1.5
vol is vol = 1.5
boeken via = 1.5
online boeken = 1.5
online reserveren = 1
afspraak maken via = 1.5
plan je afspraak = 1.5
gratis webinar = 1

# Politiek als persoonlijke mening: het klimaat als links-rechtskwestie, bezuinigingen op
# voorzieningen, de stem op "deze partijen".
@category politics
klimaatontkenner* = 1.5
klimaatscepticus = 1.5
klimaatsceptici = 1.5
klimaatbeleid = 1.5
klimaatverandering = 0.5
links verzinsel = 2
linkse onzin = 2
linkse propaganda = 2
rechtse onzin = 2
grachtengordelelite = 2
bezuinigen op = 1
op deze partijen = 1.5
deze partijen = 1
# Ronde 4: dezelfde stem in andere woorden ("die partij", "welke partij"), een bezuiniging
# in de verleden tijd (de stam "bezuinigd" is niet die van "bezuinigen") en het
# pensioenstelsel als twistpunt. Als woordgroep: "partij" alleen is ook een partijtje
# voetbal.
die partij = 1
welke partij = 1
bezuinigd op = 1
pensioenstelsel = 0.5

# Wie niets mag zeggen en het toch zegt: "officieel mag ik niks zeggen", "meer kan ik niet
# zeggen", en het wegwerpaccount van wie er zelf werkt.
@category confidential
mag ik niks zeggen = 3
mag ik nog niets zeggen = 3
mag het nog niet zeggen = 3
mag nog niks zeggen = 3
mag nog niets zeggen = 3
ik zeg verder niks = 2
ik zeg verder niets = 2
meer kan ik niet zeggen = 2.5
meer kan ik echt niet zeggen = 2.5
meer mag ik niet zeggen = 3
meer mag ik echt niet zeggen = 3
throwaway = 1.5
throwaway account = 2
want ik werk er = 1.5
personeel weet het nog niet = 2.5
de vloer weet het nog niet = 2.5
hoort het pas = 1.5

# Ronde 6: de aanbieding van wie iets verhuurt of verkoopt (te huur, vrij vanaf, bij
# interesse), de kaartverkoop van een voorstelling of concert, en de actie voor de eerste
# klanten. Als woordgroep waar het losse woord ook thuis valt ("kaarten", "huur").
@category pitch
te huur = 2
nu te huur = 2
huurprijs = 1.5
per maand = 0.5
vrij vanaf = 1
beschikbaar vanaf = 1
beschikbaar per = 1
bij interesse = 1.5
interesse? = 1
kaartverkoop = 2
kaarten zijn te koop = 2
tickets zijn te koop = 2
tickets via = 1.5
kaarten via = 1.5
bijna uitverkocht = 1.5
wees er snel bij = 2
wees er dus snel bij = 2
proevertje = 1
gratis proevertje = 2
walk-in = 1
zonder afspraak = 1
vanaf vandaag verkrijgbaar = 2

# Loon en bonus van anderen, of een besluit dat de medewerkers nog niet kennen.
@category confidential
salarislijst = 2.5
loonlijst = 2.5
bonuspot = 2
de bonussen = 1.5
namens hr = 1.5
nog niet gecommuniceerd = 2.5
nog niet naar buiten = 2.5
nog niet bekend gemaakt = 2.5

# Traffic and housing policy that people grumble about: low-emission zones, tolls and
# road pricing, rent increases. Listed as a topic without taking a side: the tone decides
# whether it is an opinion (engine/src/score.c, venting_weight).
@category politics
milieuzone* = 1
lage-emissiezone* = 1
emissiezone* = 1
kilometerheffing = 1
rekeningrijden = 1
huurverhoging = 0.5
huurbevriezing = 1
huurplafond = 1

# The announcement of a Flemish chip shop or a small seller to friends ("zegt het
# voort", "nieuw bij ons", "er gratis bij", "een appje is genoeg"), the product that is
# in the shops from today, and the software that has gone live.
@category pitch
zegt het voort = 1
zeg het voort = 1
nieuw bij ons = 1.5
nieuw bij = 1
nu nieuw = 1
gratis bij = 1
er gratis bij = 1.5
appje is genoeg = 1
bestellen via whatsapp = 1.5
bestel via whatsapp = 1.5
ligt vanaf vandaag = 1
ligt nu in de winkel = 1.5
in de schappen = 1
is live = 1
nu online = 1

# The small seller's and the freelancer's offer to friends on a personal profile: a free
# check or intake ("gratis polischeck", "gratis adviesgesprek"), "stuur me een
# berichtje", a first lesson for free and a class card, a new product line in the shop
# ("kom proeven", "voor de halve prijs", "2e gratis"), company cakes "met jullie logo",
# and the estate agent's open house and free valuation. Written as phrases where the
# words alone are everyday ("berichtje", "proeven", "logo").
@category pitch
gratis check = 1.5
gratis polischeck = 2
polischeck = 1
gratis scan = 1.5
gratis adviesgesprek = 2
gratis intakegesprek = 2
gratis intake = 1.5
gratis waardebepaling = 2
gratis offerte = 2
stuur me een berichtje = 1
stuur me ff een berichtje = 1
stuur me gerust een berichtje = 1.5
stuur me gerust een bericht = 1.5
stuur me een appje = 1
app me gerust = 1
eerste les is gratis = 2
eerste les gratis = 2
eerste proefles = 1.5
rittenkaart = 1.5
strippenkaart = 1.5
knipkaart = 1
lessenkaart = 1.5
via mijn site = 1
via mijn website = 1
via onze site = 1
via onze website = 1
nieuwe productlijn = 2
kom proeven = 1.5
kom dat proeven = 1.5
voor de halve prijs = 2
{n}e halve prijs = 2
{n}e gratis = 2
{n}+{n} gratis = 2
tweede gratis = 2
met jullie logo = 1.5
met uw logo = 1.5
met je logo = 1.5
met jouw logo = 1.5
vanaf {n} personen = 1
eerste bestelling = 1
open huis = 1
nieuw in verkoop = 2
tekoop = 1.5
#tehuur = 1.5

# More ways to vote someone out or to blame "Brussels" and a country without a
# government, Dutch and Flemish: the Wetstraat is the Belgian Binnenhof. "geen regering"
# is a phrase, so its "geen" does not negate the politics.
@category politics
regels uit brussel = 1.5
regeltjes uit brussel = 2
brusselse regels = 1.5
eu-regels = 1.5
europese regels = 1
europese commissie = 1
stem ik ze weg = 1.5
stem ik ze allemaal weg = 1.5
stem ze allemaal weg = 1.5
wegstemmen = 1.5
weg te stemmen = 1.5
geen regering = 1.5
zonder regering = 1.5
nog altijd geen regering = 2
wetstraat = 1.5
regeringsvorming = 1.5
formatiegesprekken = 1.5
vlaamse regering = 1.5

# Inside news told while saying one may not tell it: "mag er nog niks over zeggen",
# "kan nog niks officieel zeggen", a goodbye to colleagues who do not know yet, the mail
# that announces it on Monday. Left out: "kan er nog niks over zeggen" (a test result
# not yet in), "voor wie het nog niet weet" and "hoor je het hier eerst" (the openings
# of one's own news: a move, a pregnancy).
@category confidential
mag er nog niks over zeggen = 3
mag er nog niets over zeggen = 3
mag er niks over zeggen = 3
mag er niets over zeggen = 3
mag er eigenlijk niks over zeggen = 3
mag er eigenlijk niets over zeggen = 3
mag er eigenlijk nog niks over zeggen = 3
mag er eigenlijk nog niets over zeggen = 3
# "niet te veel" says there is more to tell (unlike "kan er nog niks over zeggen", a
# test result not yet in).
kan er nog niet te veel over zeggen = 2.5
kan er niet te veel over zeggen = 2
mag hier nog niks over zeggen = 3
mag hier niks over zeggen = 3
kan nog niks officieel zeggen = 3
kan nog niets officieel zeggen = 3
nog niks officieel = 2.5
officieel kan ik nog niks zeggen = 3
officieel mag ik nog niks zeggen = 3
sterkte aan wie het nog niet weet = 2.5
voordat de mail komt = 2
voor de officiële mail = 2

# Asking for a like or a reaction in the comments ("geef dit bericht een like", "zet je
# woonplaats in de reacties"), including the comments of a child's school project.
@category bait
een like geven = 1.5
like geven = 1.5
geef een like = 1.5
geef dit bericht een like = 2
een like achterlaten = 1.5
laat een like achter = 1.5
een duimpje geven = 1.5
in de reacties = 0.5
in de comments = 0.5
in de reacties zetten = 1.5
zet het in de reacties = 1.5
laat het weten in de reacties = 1.5
laat in de reacties weten = 1.5
reageer hieronder = 1.5
repost = 1
deel en win = 2
# Twitter's old call to retweet: "RT als jij ook ...".
rt als = 1.5

# Pensions and purchasing power as citizens grumble about them: the state pension age
# (AOW), the retirement age, "koopkracht". A topic, not a side; the tone decides.
@category politics
aow = 1
aow-leeftijd = 1.5
aow leeftijd = 1.5
pensioenleeftijd = 1.5
koopkracht = 1
belastingvoordeel = 0.5

# Staff who do not know yet what the poster knows ("de collega's weten het nog niet",
# "het personeel weet nog van niks"). Not "wordt morgen bekendgemaakt": the winner of a
# contest or a public decision is announced so too.
@category confidential
collega's weten het nog niet = 2.5
de collega's weten het nog niet = 2.5
mijn collega's weten het nog niet = 2.5
mijn team weet het nog niet = 2.5
het personeel weet nog van niks = 2.5
het personeel weet het nog niet = 2.5

# Places left on a course or in a class, and where to find out more or book.
@category pitch
nog een paar plekjes vrij = 1.5
nog enkele plaatsen vrij = 1.5
nog enkele plekjes vrij = 1.5
laatste plekken = 1.5
laatste plekjes = 1.5
meer info via = 1.5
info via dm = 2
info via pb = 2
inschrijven kan via = 1.5
bestellen kan via = 2
bestellen kan tot = 1.5
levering aan huis = 1.5
thuislevering = 1

# The shop's and the tradesperson's offer with a deadline and a price, from general
# knowledge of how shops announce offers: "actie t/m 31 maart", "alleen t/m maandag",
# "korting t/m zondag", the old price beside the new ("normaal €72", "€29,50 ipv €38"),
# the price per square metre or per piece, what the price includes ("incl. plaatsing",
# "geen voorrijkosten") and the last pieces in stock ("nog 14 stuks"). The deadline is a
# phrase: "t/m zondag" alone is also a holiday or a school week.
@category pitch
actie t/m = 2
actie tot en met = 2
alleen t/m = 1.5
alleen tot en met = 1.5
geldig t/m = 2
geldig tot en met = 2
korting t/m = 2
bestellen kan t/m = 2
bestellen t/m = 1.5
bestel t/m = 1.5
reserveren kan t/m = 1.5
inschrijven kan t/m = 1.5
# a bare weekday deadline weighs half: it is also the end of a holiday
t/m maandag = 0.5
t/m dinsdag = 0.5
t/m woensdag = 0.5
t/m donderdag = 0.5
t/m vrijdag = 0.5
t/m zaterdag = 0.5
t/m zondag = 0.5
normaal €{n} = 1
van €{n} voor €{n} = 2
€{n} ipv €{n} = 2
€{n} i.p.v. €{n} = 2
ipv €{n} = 1
i.p.v. €{n} = 1
in plaats van €{n} = 1
nu voor €{n} = 1.5
nu slechts €{n} = 2
slechts €{n} = 1
€{n}/m² = 1.5
€{n} per m² = 1.5
per m² = 1
per vierkante meter = 1
€{n} per stuk = 1.5
{n} voor €{n} = 1
nog {n} stuks = 1.5
nog maar {n} stuks = 1.5
"incl" = 0.5
"excl" = 0.5
incl btw = 1.5
excl btw = 1.5
incl. montage = 1.5
incl. plaatsing = 1.5
incl. installatie = 1.5
incl. materiaal = 1.5
incl. egaliseren = 1.5
inclusief montage = 1.5
inclusief plaatsing = 1.5
inclusief installatie = 1.5
inclusief materiaal = 1.5
voorrijkosten = 1.5
geen voorrijkosten = 2
binnen {n} weken ingepland = 1
binnen {n} werkdagen = 1
op=op = 1.5
bestel je = 1
vooraf bestellen = 1
reserveer je plek = 1.5
reserveer je tafel = 1
# The offer named after its occasion: a shop's opening or anniversary, a launch, an
# introduction, the season's or the week's offer. The compounds on "-aanbieding" and
# "-actie" are listed, for "aanbieding*" only takes words that begin so.
jubileumactie = 2
jubileumkorting = 2
jubileumaanbieding = 2
openingsactie = 2
openingsaanbieding = 2
openingskorting = 2
introductieprijs = 2
introductiekorting = 2
introductieaanbieding = 2
kennismakingsaanbieding = 2
kennismakingsprijs = 2
kennismakingskorting = 2
lanceringskorting = 2
launchkorting = 2
launchprijs = 2
vroegboekactie = 2
weekaanbieding = 2
weekactie = 1.5
dagaanbieding = 2
zomeraanbieding = 2
winteraanbieding = 2
najaarsaanbieding = 2
voorjaarsaanbieding = 2
najaarsactie = 1.5
voorjaarsactie = 1.5
zomeractie = 1.5
winteractie = 1.5
kerstaanbieding = 2
combiactie = 1.5
combi-actie = 1.5
# Something free with a purchase: "krijg je gratis", "gratis erbij", "elke tweede ...
# gratis". Not "gratis" alone: "gratis af te halen" is a neighbour's old pram, "gratis
# parkeren" a day out.
krijg je gratis = 1.5
krijgt u gratis = 1.5
ontvang je gratis = 1.5
ontvangt u gratis = 1.5
gratis erbij = 1.5
elke tweede = 0.5
# A phone number to call or app for an order or a job ("app me op 06-..."), and a
# landline in the shop's voice.
06-{n} = 0.5
app me op = 1
bel ons op = 1.5
bel gerust = 1
bel of app = 1
bellen of appen = 1
# A game, an app or a product that comes out: the release date, the store page, the
# wishlist the makers ask for, the crowdfunding campaign.
onze game = 1
onze nieuwe game = 2
onze indiegame = 2
indiegame = 1
gamestudio = 1.5
wishlist = 1
wishlist ons = 2
op je wishlist = 1.5
komt uit op steam = 2
op steam = 0.5
releasedatum = 1
kickstarter = 1.5
kickstartercampagne = 2
crowdfundingcampagne = 1.5

# The video maker's call to subscribe and ring the bell ("abonneer en zet de bel aan",
# "abonneren en bel aan"), from general knowledge of how YouTube channels ask for it.
@category bait
abonneer = 1
abonneer en = 2
zet de bel aan = 2
bel aan = 1
het belletje aan = 2
belletje aanzetten = 2
nieuwe abonnees = 1.5
abonnees = 1

# Round 11: the leak that opens with a plea to keep it quiet ("mag het niet zeggen", "mag
# eigenlijk nog niks zeggen", "zeg het niet verder", beside "vertel het niet verder"
# above) and a draft decision seen before it is taken. Left out: "staat nog nergens" (also
# a project that is "nowhere yet").
@category confidential
mag het niet zeggen = 3
mag het eigenlijk niet zeggen = 3
mag eigenlijk niks zeggen = 3
mag eigenlijk niets zeggen = 3
mag eigenlijk nog niks zeggen = 3
mag eigenlijk nog niets zeggen = 3
zeg het niet verder = 2
conceptbesluit = 1.5

# A pitch that sends the reader to the link in the comments (8 of the 10 dev posts with
# it are pitches, the other 2 vacancies), and a fixed price for a service.
@category pitch
link in de comments = 1
link in de reacties = 1
vaste prijs = 1

# The present tense: the stem "bezuinigt" is neither "bezuinigen" nor "bezuinigd" above.
@category politics
bezuinigt op = 1

# Round 12: hinting at a named party while holding the name back, as one does with inside
# news about a client or a competitor.
@category confidential
zonder namen te noemen = 2

# Round 12: the follow-for-follow swap of a new account ("volg me en ik volg terug").
@category bait
volg terug = 1.5

# Round 12: a tax cut for a group named as a gift, the words of a political grumble.
@category politics
belastingcadeau* = 1.5

# Round 13: the tip-off told to a group ("jullie hebben het niet van mij"), the leak that
# says it cannot say anything while it does ("kan er natuurlijk niks over zeggen"), and the
# wink after a hint ("ik zeg niks 🤐"; 3 of 3 dev posts with it are leaks).
@category confidential
hebben het niet van mij = 3
kan er natuurlijk niks over zeggen = 3
kan er natuurlijk niets over zeggen = 3
mag er natuurlijk niks over zeggen = 3
ik zeg niks = 1.25
ik zeg niets = 1.25

# Round 13: the disclaimer that opens a political grumble ("ik ben geen politiek type
# maar", "normaal niet van de politiek"): said only before politics.
@category politics
geen politiek type = 1
niet van de politiek = 1

# Round 13: the translator's sample offered free, as the teacher's "proefles", and the
# reader addressed as a business owner ("Gaat jouw bedrijf de Duitse markt op?").
@category pitch
proefvertaling = 1
jouw bedrijf = 1
