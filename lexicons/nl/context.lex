# Dutch context words: negation, boosters, diminishers, contrast, and the function words
# that tell Dutch from English (none of them common English words: no "is", "in", "was",
# "we", "of", "me", "door", "even", "had", "men", "via").
# "wat" and "vrij" are not diminishers: "wat een feest", "vrij weekend".

@category negation
niet
geen
nooit
niks
niemand
zonder
noch
nergens
nimmer
geenszins
allerminst
allesbehalve
geen enkele
helemaal niet
helemaal geen
totaal niet
absoluut niet
zeker niet
echt niet
nooit meer
niet meer
nee

@category booster
heel
erg
echt
super
zeer
enorm
ontzettend
hartstikke
mega
giga
kei
keihard
zo
zoveel
extreem
ongelofelijk
vreselijk
verschrikkelijk
waanzinnig
belachelijk
bizar
ontiegelijk
bijzonder
buitengewoon
uitermate
absoluut
behoorlijk
flink
vet
mateloos
intens
heel erg
echt heel

@category diminisher
beetje
een beetje
een klein beetje
tikkeltje
een tikkeltje
ietsje
nogal
enigszins
redelijk
best wel
ietwat
lichtelijk
soort van
min of meer
nauwelijks
amper

@category contrast
maar
echter
hoewel
toch
alhoewel
daarentegen
ondanks
desondanks
niettemin
desalniettemin

@category stopword
de
het
een
en
van
ik
je
jij
jou
jouw
uw
dat
die
deze
dit
niet
op
met
voor
zijn
er
maar
om
ook
als
dan
bij
nog
naar
wel
uit
aan
tot
te
ze
zij
hij
hem
wij
jullie
hun
onze
ons
mijn
mij
haar
zich
zelf
wat
wie
waar
hoe
waarom
wanneer
welke
daar
hier
heb
hebt
heeft
hebben
ben
bent
waren
wordt
worden
werd
geweest
kan
kun
kunnen
moet
moeten
zal
zullen
zou
zouden
mag
wil
willen
gaat
gaan
ga
doen
doe
komt
komen
weet
tegen
tussen
onder
zonder
omdat
dus
toen
terwijl
nu
al
toch
weer
ff
gewoon
gwn
echt
heel
veel
meer
geen
niks
niets
alles
iets
iemand
iedereen
altijd
nooit
vandaag
morgen
gisteren
lekker
leuk
mooi
bedankt
dank

# Dutch words that are no English words, added later so that a short Dutch post with
# an English word or two ("mooie sunset", "goed weekend gehad, thanks") is read as Dutch:
# inflected adjectives of chat (mooie, leuke, lekkere, goede), answers and chat words,
# past forms, prepositions and adverbs of time. Left out as English words as well: had,
# over, of, net, best, super, via, u, want, door, vast, pas, even, na, kom.
zo
nou
mooie
leuke
lekkere
goede
goed
heerlijk
gezellig
hoor
hè
nee
ja
oke
eens
effe
zit
zitten
staat
staan
hadden
ging
gingen
kijk
gezien
gedaan
gehad
moest
moesten
kon
konden
wou
mn
m'n
z'n
zn
nie
gij
zijt
eigenlijk
trouwens
zoals
boven
achter
naast
tijdens
sinds
vanaf
dankzij
ondanks
volgens
elke
iedere
ieder
alle
beide
andere
weinig
minder
vaak
soms
straks
zometeen
vanavond
vanochtend
vanmiddag
vannacht
bijna
helemaal
zeker
misschien
gelukkig
jammer
natuurlijk
eindelijk
alweer

# Compounds whose meaning is not that of their last part (see "Dutch compounds" in
# lexicons/README.md): a ziekenhuis or stadhuis is no home, zonnepanelen are no panel
# discussion, personenverkeer is no courtship ("verkeer" and "verkering" share a stem),
# rechtvaardig is no skill ("vaardig"). Listed here they count for nothing and are never
# split. Chosen from the compounds split most often in the Dutch dev posts and the
# dev four-fifths of the Dutch geotweets and MP tweets.
@category whole
# Tyres are no music band: "winterbanden" is no kind of "banden".
winterbanden
zomerbanden
allseasonbanden
autobanden
vrachtwagenbanden
ziekenhuis
ziekenhuizen
stadhuis
gemeentehuis
raadhuis
warenhuis
verpleeghuis
bejaardenhuis
oranjehuis
zonnepanelen
ic-bedden
personenverkeer
vrachtverkeer
rechtvaardig
luchtvaartmaatschappij
# Gums are no meat: "tandvlees" is no kind of "vlees".
tandvlees

# Round 12: "3-jarig contract", "5-jarige zoon": after a number and a hyphen "jarig" is a
# duration or an age, never a birthday ("jarig" in personal.lex).
@category whole
{n}-jarig
# A score so far ("tussenstand: 4x verkouden") is no kind of "tand".
tussenstand

# Round 13: reason is no kind of tooth ("ver" + "s" + "tand").
@category whole
verstand
