# Dutch words for content types that decide verdicts whatever the mindset: product
# pitch, political provocation, confidential information, engagement bait and vanity.

@category pitch
korting = 1.5
kortingscode = 2
kortingscodes = 2
met code = 1.5
aanbieding = 1.5
actieprijs = 2
actie geldig = 2
uitverkoop = 2
sale = 1.5
black friday
bestel nu = 2 -> meer informatie
bestel vandaag = 2
nu bestellen = 2
nu verkrijgbaar = 2
nu te koop = 2
te koop
koop nu = 2 -> bekijk het hier
bestellen
bestel
webshop = 1.5
onze webshop = 2
in onze winkel
gratis verzending = 2
gratis bezorgd
gratis proberen = 2
probeer gratis = 2
gratis proefperiode = 2
proefperiode = 1.5
demo = 1.5
vraag een demo aan = 2
plan een demo = 2
offerte = 1
vraag een offerte aan = 2
prijs = 0.5
prijzen = 0.5
voordelig
scherpe prijs = 1.5
tijdelijk = 0.5
alleen deze week = 1.5
op is op = 2
lancering = 1.5
gelanceerd = 1
nieuw product = 1.5
nieuwe collectie = 1.5
nieuwe functie = 0.5
upgrade
link in bio = 2
stuur een dm = 1
dm voor info = 2
check onze = 1
bezoek onze = 1
shop nu = 2
#actie

@category politics
politiek
politieke partij
politici
politicus
verkiezingen
stemmen op = 1.5
ga stemmen = 1.5
stembus
kabinet
regering
tweede kamer
eerste kamer
kamerleden
minister
premier
minister-president
coalitie
oppositie
links
rechts
extreemrechts
extreemlinks
populisten
asiel*
immigratie
migranten
vluchtelingen
stikstof
boerenprotest
demonstratie
demonstranten
belasting is diefstal = 2
wakker worden mensen = 2
word wakker = 1.5
schapen = 1
de elite
mainstream media
nepnieuws
linkse kerk = 2
klimaathysterie = 2
woke
pvv
vvd
d66
cda
groenlinks
pvda
sp
bbb
fvd
nsc
#tk2023

@category confidential
vertrouwelijk* = 2
strikt vertrouwelijk = 3
intern = 1
alleen voor intern gebruik = 3
interne memo = 2
interne notitie = 2
geheimhoudingsverklaring = 2
geheimhouding = 2
nda = 1.5
nog niet openbaar = 3
nog niet bekend = 2
nog niet aangekondigd = 3
mag ik eigenlijk niet zeggen = 3
mag eigenlijk nog niet = 3
mag nog niet naar buiten = 3
niet naar buiten brengen = 3
niet doorsturen = 2
niet delen = 2
onder ons = 2
tussen ons = 2
off the record = 2
uitgelekt = 2
gelekt = 2
lek
voorkennis = 3
klantenlijst = 2
wachtwoord = 2
embargo = 3
geheim project = 2
top secret = 2

@category bait
like als je = 2 -> wat vind jij?
like als = 1.5
deel dit = 1.5 -> wat zou jij toevoegen?
delen = 0.5
graag delen = 1.5
tag een vriend = 2 -> wie moet dit ook lezen?
tag iemand = 2
tag je = 1
reageer met ja = 2
typ ja = 2
volgers = 1.5
volg mij = 1.5
volg ons = 1
likes = 1
viraal = 1.5
wie herkent dit = 1.5
wie is het met me eens = 1.5
mee eens? = 1.5
winactie = 1.5
maak kans op = 1.5
win een = 1.5
connecties
500+ connecties
#volgvoorvolg
#like4like
