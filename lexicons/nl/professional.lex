# Dutch words of the professional, "invest time" mindset: career moves, jobs and hiring,
# achievement, learning and knowledge, industry and business, company updates, data and
# evidence, events and networking, leadership, and giving back to the community.

@category career
carrière
carriere
loopbaan
carrièrestap
carrièreswitch
nieuwe baan = 1.5
nieuwe functie = 1.5
nieuwe rol = 1.5
nieuwe uitdaging = 1.5
eerste werkdag = 1.5
mijn eerste week bij
begonnen bij
start bij
aan de slag bij
in dienst bij
promotie
gepromoveerd
doorgegroeid
overstap
afscheid van mijn collega's
laatste werkdag
nieuw hoofdstuk
cv
linkedin profiel
sollicitatiegesprek
op zoek naar een nieuwe baan = 2
op zoek naar werk = 2
beschikbaar voor opdrachten = 2
open voor nieuwe kansen = 2
#opentowork = 2
werkzoekend
ontslagen
boventallig
reorganisatie
stage
stagiair
trainee
traineeship
werkjubileum
jaar in dienst
mentor
persoonlijke ontwikkeling
professionele ontwikkeling
groeien in je vak
#nieuwebaan

@category jobs
vacature* = 2
wij zoeken = 2
we zoeken = 2
wij zijn op zoek naar = 2
we zijn op zoek naar = 2
zijn op zoek naar een = 1.5
gezocht = 1.5
solliciteer* = 2
sollicitatie*
werving
werving en selectie
recruiter
recruitment
kandidaat
functieomschrijving
fulltime
parttime
uur per week
36 uur
40 uur
salaris
arbeidsvoorwaarden
cao
vast contract
tijdelijk contract
freelance
freelancer
zzp
zzp'er
opdracht = 0.5
interim
kom ons team versterken = 2
versterk ons team = 2
versterking gezocht = 2
word jij onze nieuwe = 2
word jij onze = 2
ben jij onze nieuwe = 2
ben jij de = 1
reageer voor = 1
reageren kan tot = 1.5
werken bij = 1.5
werkenbij = 2
#vacature = 2
#hiring = 2
#solliciteren = 2

@category achievement
mijlpaal
behaald
geslaagd
diploma
certificaat
gecertificeerd
certificering
afgestudeerd
afstuderen
master
bachelor
promotieonderzoek
gewonnen
prijs gewonnen
award
genomineerd
nominatie
finalist
erkenning
trots om te melden
trots om te delen
met trots
trots op
eervol
resultaat behaald
record
recordjaar
#trots

@category learning
leren
geleerd
lessen
les
inzicht*
kennis
kennisdeling
tips
handleiding
stappenplan
praktische tips
best practices
whitepaper
e-book
case
casus
cursus
opleiding
training
workshop
webinar-opname
leertraject
bijscholing
vaardigheden
onderzoek
studie
artikel
blog
lezen
boekentip
leestip
verdieping
inzichten uit
lessen die ik
wat ik heb geleerd
drie lessen
vijf tips

@category industry
branche
sector
markt
marktontwikkeling*
trend*
innovatie
innovatief
digitalisering
digitale transformatie
technologie
tech
software
saas
b2b
b2c
ai
kunstmatige intelligentie
automatisering
cloud
cybersecurity
data-gedreven
datagedreven
fintech
e-commerce
logistiek
supply chain
zorgsector
onderwijs
bouw
energietransitie
duurzaamheid
duurzaam ondernemen
circulair
circulaire economie
mvo
esg
regelgeving
wetgeving
economie
inflatie
rente
recessie
beurs
startup
scale-up
investeerders
stakeholders
klantbeleving
klantreis
strategie
strategisch
marketing
sales
omzetgroei
productiviteit
efficiëntie
ondernemen
ondernemer
mkb
zakelijk

@category company
bedrijf
ons bedrijf
organisatie
onze organisatie
ons team
het team
collega's
collega
kantoor
nieuw kantoor
vestiging
hoofdkantoor
financiering
financieringsronde
investering
geïnvesteerd
overname
overgenomen
fusie
samenwerking
partner
partnerschap
aankondiging
kwartaalcijfers
jaarcijfers
jaarverslag
resultaten
omzet
winst
groei
klanten
opdrachtgever
uitbreiding
directie
ceo
cfo
oprichter
medeoprichter
persbericht
in het nieuws
bedrijfscultuur
werkgever
medewerkers
personeel
#teamwork

@category data
data
cijfers
procent
percentage
statistiek
enquête
onderzoek toont
uit onderzoek blijkt
respondenten
rapportage
dashboard
kpi
kpi's
grafiek
analyse
analyseren
benchmark
gemiddeld
miljoen
miljard
verdubbeld
gestegen
gedaald
stijging
daling
toename
afname
groeicijfers
data-analist
data scientist

@category events
webinar
congres
seminar
symposium
evenement
event
netwerkborrel
netwerkbijeenkomst
netwerken
beurs
spreker
keynote
paneldiscussie
panel
rondetafel
masterclass
meetup
inspiratiesessie
kennissessie
lezing
presentatie
aanmelden
meld je aan
schrijf je in
inschrijven
save the date
programma
livestream
podcast
podcastaflevering
hackathon

@category leadership
leiderschap
leider
leidinggeven
management
manager
directeur
bestuurder
visie
missie
kernwaarden
cultuur
teamcultuur
besluitvorming
verantwoordelijkheid
eigenaarschap
vertrouwen
feedback
coaching
coach
veranderen
verandermanagement
psychologische veiligheid
medewerkersbetrokkenheid

@category community
vrijwilliger*
goede doel
doneren
donatie
inzamelingsactie
sponsorloop
pro deo
kosteloos
gratis advies = 0.5
kennis delen
open source
mentorschap
mentoren
iemand helpen
anderen helpen
help elkaar
samen sterk
maatschappelijk
maatschappelijke impact
impact
inclusie
diversiteit
toegankelijkheid
#goededoel
#kennisdelen

@category career
baan
de baan
ik heb de baan = 2
