# Dutch context words: negation, boosters, diminishers, contrast, and the function words
# that tell Dutch from English (none of them common English words).

@category negation
niet
geen
nooit
niks
niemand
zonder
noch
nergens
geen enkele
helemaal niet
echt niet
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
keihard
zo
zoveel
extreem
ongelofelijk
vreselijk
bijzonder
vet
mateloos
intens

@category diminisher
beetje
een beetje
nogal
enigszins
redelijk
vrij
best wel
ietwat
soort van

@category contrast
maar
echter
hoewel
toch
alhoewel
daarentegen
ondanks

@category stopword
de
het
een
en
van
ik
je
jij
dat
die
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
ze
zij
hij
wij
jullie
onze
ons
mijn
jouw
haar
wat
wie
waar
hoe
waarom
wanneer
deze
dit
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
kan
kun
kunnen
moet
moeten
zal
zullen
wil
willen
gaat
gaan
ga
doen
doe
door
tegen
tussen
onder
zonder
nu
al
toch
weer
even
ff
gewoon
gwn
echt
heel
veel
meer
geen
niks
alles
iets
vandaag
morgen
gisteren
lekker
leuk
mooi
bedankt
dank
