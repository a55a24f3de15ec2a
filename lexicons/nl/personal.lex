# Dutch words of the personal, "spend time" mindset: family and children, babies,
# friends, celebrations, leisure and entertainment, food and drink, holidays, pets,
# nostalgia, boredom and the casual register of social media.

@category family
familie
gezin
gezinsleven
mama
mam
mamma
moeder
papa
pap
vader
ouders
zoon
zoontje
dochter
dochtertje
kinderen
kids
kindjes
kindje
broer
broertje
zus
zusje
zussen
oma
opa
opa en oma
grootouders
kleinkind
kleinkinderen
kleinzoon
kleindochter
tante
oom
neef
nicht
neefje
nichtje
schoonmoeder
schoonvader
schoonfamilie
man = 0.5
manlief
vrouw = 0.5
vrouwlief
vriend = 0.5
vriendin = 0.5
verloofde
echtgenoot
mijn lief
liefje
schat
schatje
mijn meisje
mijn mannetje
mijn jongens
moederdag
vaderdag
schoolplein
eerste schooldag
naar school
gezinsuitje
zondagmiddag met
trotse moeder
trotse vader
trotse ouders
#mamaleven

@category baby
baby = 1.5
baby's = 1.5
babytje = 1.5
pasgeboren = 2
geboren = 1.5
is geboren = 2
zwanger = 2
zwangerschap = 2
zwangerschaps* = 2
uitgerekend
uitgerekende datum
bevallen = 2
kraam* = 2
beschuit met muisjes = 2
muisjes
geboortekaart*
babyfoto* = 2
babyshower = 2
babykamer
babybuik
buikje
echo = 0.5
20 weken echo
luiers
kinderwagen
flesje
borstvoeding
slapeloze nachten
eerste stapjes
eerste tandje
welkom lieve = 2
welkom kleine = 2
welkom op de wereld = 2
ons kleine wonder = 2
kleine man = 1
kleine meid = 1
een jongen = 0.5
een meisje = 0.5
gender reveal = 2
bevallingsverlof
#babyboy
#babygirl
#newborn

@category friends
vrienden
vriendinnen
vriendengroep
beste vriendin
beste vriend
bff
maatje
maatjes
meiden
meidenavond
meidendag
mannenavond
de jongens
vrijdagmiddagborrel = 0.5
borrel
gezellig = 1.5
samen met
bijkletsen
bijpraten
afspreken
avondje uit
stapavond
stappen
uit eten

@category celebration
verjaardag
verjaardags*
jarig = 1.5
gefeliciteerd
hoera
hiep hiep hoera
proost
feest = 1.5
feestje = 1.5
feestelijk
taart
slingers
cadeau
cadeautjes
bruiloft = 1.5
trouwen
getrouwd
trouwdag
ja gezegd
verloofd
huwelijk
jubileum
koningsdag
sinterklaas
pakjesavond
kerst
kerstmis
kerstdiner
fijne kerst
fijne feestdagen
oud en nieuw
oudejaarsavond
gelukkig nieuwjaar
oliebollen
vuurwerk
carnaval
pasen
verrassingsfeest
vrijgezellenfeest
housewarming
diploma-uitreiking

@category leisure
netflix
serie
series
seizoen
aflevering
bingewatchen
film
bioscoop
popcorn
spelletjesavond
gamen
games
playstation
meme
memes
grappig
grappig filmpje
hilarisch
lachen
slap van het lachen
tiktok
concert
festival
optreden
muziek
playlist
karaoke
dansen
voetbal
voetbal kijken
wedstrijd
oranje
eredivisie
ajax
psv
feyenoord
formule 1
weekend
weekendje
zaterdagavond
zondag = 0.5
chillen
ontspannen
relaxen
luieren
hangen op de bank
hobby
tuinieren
wandelen
fietsen
hardlopen
sporten
sportschool
yoga
selfie

@category food
eten
etentje
lekker eten
heerlijk
smullen
smakelijk
eet smakelijk
ontbijt
lunch
avondeten
diner
dessert
toetje
pizza
patat
friet
frietjes
kapsalon
bitterballen
kroket
frikandel
borrelplank
borrelhapjes
bbq
barbecue
barbecueën
pannenkoeken
stamppot
poffertjes
stroopwafel
taartje
gebak
appeltaart
koffie
koffietje
cappuccino
thee
wijn
wijntje
biertje
bier
speciaalbier
cocktail
drankje
terras
terrasje
koken
bakken
zelfgemaakt
recept
restaurant
afhalen
bezorgd
#foodie
#lekker

@category holiday
vakantie = 1.5
op vakantie
vakantiefoto*
zomervakantie
wintersport = 1.5
skiën
camping
kamperen
caravan
strand
zee
zon = 0.5
zonnetje
zonnig
zwembad
hotel
resort
eiland
bergen
stedentrip
roadtrip
reis
reizen
vliegveld
schiphol
vlucht
koffer
inpakken
zonsondergang
weekendje weg
dagje uit
dagje strand
uitwaaien
#travel

@category pets
hond
hondje
puppy
pup
kat
poes
poesje
kitten
kater
huisdier
konijn
cavia
hamster
paard
pony
uitlaten
rondje met de hond
dierenarts

@category nostalgia
vroeger
van vroeger
herinneringen
weet je nog
weten jullie nog
nostalgie
nostalgisch
throwback
tbt
#throwbackthursday
oude foto
oude foto's
jaren geleden
jeugd
in mijn jeugd
opgroeien
middelbare school
basisschool
klasgeno* = 2
schoolvrienden
oud-klasgenoten = 2
reünie = 2
klassenreünie = 2
oude vrienden
goede oude tijd
die goede oude tijd
de jaren 80
de jaren 90

@category boredom
verveel* = 2
verveling
saai
niks te doen
niets te doen
tijd doden
de tijd doden
kan niet slapen
slapeloos
wachtkamer
lamlendig
luie dag
doelloos scrollen
scrollen
maandag = 0.5
maandagochtend
is het al vrijdag
moe
doodmoe
kapot
gaap
dutje

@category casual
haha
hahaha
hahahaha
hihi
lol
omg
jeetje
jemig
jeminee
pfff
pff
zucht
wtf
ff
gwn
idd
mss
nvm
ofzo
enzo
zozo
nou
joh
hè
he
hoor
ahh
aww
oeh
yes
jaaa
neee
lekkerrr
toppie
top = 0.5
super leuk
superleuk
te gek
tof
vet
geweldig
geniet
genoten
blij = 0.5
happy
#blessed
#zondag

# Het dagelijks leven zoals mensen het posten: thuis, slapen, school, weer, boodschappen,
# gevoel. Elk een zwak persoonlijk signaal; samen vertellen ze een statusupdate.
@category everyday
thuis
lekker thuis
naar huis
huiswerk
school
klas
toets
toetsen
tentamen
tentamens
examen
huis
mijn kamer
bed
naar bed
slapen
slaperig
welterusten
goedemorgen
goeiemorgen
goedenacht
vanochtend
vanavond
vannacht
gisteravond
ziek
hoofdpijn
griep
dokter
wassen
schoonmaken
opruimen
boodschappen
winkelen
shoppen
de stad
file
trein
bus
auto
fietsen
regen
regent
sneeuw
koud
warm
zonnig weer
lekker weer
mooi weer
rotweer
tv
telefoon
mijn telefoon
blij
zo blij
leuk
mooi
prachtig
lekker
genieten
gezellige
fijne dag
fijn weekend
mis je
hou van je
ik hou van
love
mijn hart
wat een dag
lange dag
lange week
park
dierentuin
museum
pretpark
efteling
centrum
