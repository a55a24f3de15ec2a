# Dutch words of the professional, "invest time" mindset: career moves, jobs and hiring,
# achievement, learning and knowledge, industry and business, company updates, data and
# evidence, events and networking, leadership, and giving back to the community.
# Includes the English loanwords Dutch LinkedIn posts use (sales, webinar, learnings) and
# the stock phrases of Dutch vacancies ("wat breng je mee", "wij bieden").

@category career
carrière*
carriere*
loopbaan*
nieuwe baan = 1.5
nieuwe job = 1.5
nieuwe functie = 1.5
nieuwe rol = 1.5
nieuwe uitdaging = 1.5
nieuwe stap
volgende stap
eerste werkdag = 1.5
mijn eerste week bij = 1.5
eerste week bij = 1.5
begonnen bij = 1.5
gestart bij = 1.5
start bij
aan de slag bij = 1.5
aan de slag als = 1.5
aan de slag ga bij = 1.5
aan de slag ga als = 1.5
# the opening of a job announcement
blij te mogen laten weten = 1.5
blij te mogen aankondigen = 2
blij om te delen = 1.5
trots te mogen aankondigen = 2
in dienst bij = 1.5
in dienst getreden = 1.5
werkzaam bij
werkzaam als
promotie
gepromoveerd
promoveren
doorgegroeid = 1.5
doorgroeien
overstap
overgestapt = 0.5
afscheid van mijn collega's = 1.5
laatste werkdag = 1.5
laatste dag voor mijn verlof = 1.5
ouderschapsverlof = 0.5
geboorteverlof = 0.5
nieuw hoofdstuk
nieuw avontuur
cv
curriculum vitae
linkedin profiel
op zoek naar een nieuwe baan = 2
op zoek naar werk = 2
op zoek naar een nieuwe uitdaging = 2
op zoek naar een nieuwe rol = 2
beschikbaar voor opdrachten = 2
beschikbaar voor nieuwe opdrachten = 2
direct beschikbaar = 1.5
open voor nieuwe kansen = 2
#opentowork = 2
#openforwork = 2
werkzoekend = 1.5
ontslagen
boventallig
reorganisatie
outplacement = 1.5
van werk naar werk = 1.5
# "stage" is ook het schoolleven van scholieren en studenten (stage lopen, naar stage).
stage = 0.5
stagiair*
afstudeerstage = 1.5
meeloopdag
trainee*
werkjubileum = 1.5
dienstjubileum = 1.5
jaar in dienst = 1.5
met pensioen = 1.5
pensioen = 0.5
persoonlijke ontwikkeling
professionele ontwikkeling
persoonlijke groei
talentontwikkeling
groeien in je vak
mijn vak
vakgebied
vakmanschap
werkervaring
ervaring opgedaan
functietitel
baan
ik heb de baan = 2
baan aangeboden = 1.5
contract getekend = 1.5
proeftijd
inwerken
ingewerkt
onboarding
zij-instromer = 1.5
zij-instroom = 1.5
omscholen = 1.5
headhunter
loonsverhoging
salarisonderhandeling
functioneringsgesprek
beoordelingsgesprek
personal branding
voor mezelf begonnen = 1.5
eigen bedrijf gestart = 1.5
als zelfstandige
mentor
#nieuwebaan = 1.5

@category jobs
vacature* = 2
# Hoe recruiters een discrete procedure noemen: geen lek, en langer dan de
# vertrouwelijk-entries, dus die vuren niet.
vertrouwelijke procedure
vertrouwelijke sollicitatieprocedure
vertrouwelijke vacature
vertrouwelijk behandeld
vertrouwelijk behandelen
wij zoeken = 2
we zoeken = 2
zoeken wij = 1.5
zoeken we = 1.5
wij zijn op zoek naar = 2
we zijn op zoek naar = 2
zijn op zoek naar een = 1.5
gezocht = 1.5
nieuwe collega gezocht = 2
collega gezocht = 2
per direct gezocht = 2
met spoed gezocht = 2
versterking gezocht = 2
kom ons team versterken = 2
kom jij ons team versterken = 2
versterk ons team = 2
ons team versterken = 2
team versterken = 1.5
word jij onze nieuwe = 2
word jij onze = 2
ben jij onze nieuwe = 2
ben jij de = 1
ben jij degene = 1.5
herken jij jezelf = 1.5
klinkt dit als jou = 1.5
ken jij iemand die = 2
ken jij iemand = 1.5
nieuwe collega
solliciteer* = 2
solliciteren = 2
sollicitatie* = 1.5
sollicitant* = 1.5
gesolliciteerd
reageer voor
reageer direct = 1.5
reageren kan tot = 1.5
stuur je cv = 2
stuur jouw cv = 2
cv en motivatie = 2
motivatiebrief = 2
open sollicitatie = 2
acquisitie naar aanleiding van = 2
werving = 1
werving en selectie = 1.5
recruiter* = 1.5
recruitment* = 1.5
kandidaat = 0.5
geschikte kandidaat = 1.5
de ideale kandidaat = 1.5
functieomschrijving = 1.5
functie-eisen = 1.5
wat ga je doen = 1.5
wat breng je mee = 2
wat bieden wij = 2
wat wij bieden = 2
wat vragen wij = 2
wie zoeken wij = 2
jouw profiel = 1.5
jouw functie = 1.5
jouw rol
over de functie = 1.5
meer weten over de functie = 2
denkniveau = 1.5
hbo-niveau = 1.5
wo-niveau = 1.5
jaar werkervaring = 1.5
relevante werkervaring = 1.5
fte = 1.5
uur per week = 1.5
fulltime
parttime
salaris
salarisindicatie = 1.5
bruto per maand = 1.5
marktconform salaris = 2
arbeidsvoorwaarden = 1.5
cao
vast contract = 1.5
tijdelijk contract
jaarcontract
uitzicht op vast = 1.5
vakantiedagen = 0.5
vakantiegeld = 0.5
pensioenregeling
reiskostenvergoeding
thuiswerkvergoeding
leaseauto = 0.5
opleidingsbudget
dertiende maand
hybride werken
flexibele werktijden
doorgroeimogelijkheden = 1.5
groeimogelijkheden
startdatum
freelance*
zzp = 1.5
zzp'er
interim*
opdracht = 0.5
nieuwe opdracht = 1.5
opdracht gezocht = 2
inhuur
detachering
gedetacheerd
uitzendbureau
uitzendkracht*
oproepkracht*
bijbaan*
vakantiewerk
vakantiekracht*
stageplek* = 1.5
stageplaats* = 1.5
afstudeerplek = 1.5
afstudeeropdracht = 1.5
werken bij = 1.5
werkenbij = 2
hiring = 2
we are hiring = 2
#wearehiring = 2
#jobs

@category achievement
mijlpaal = 1.5
behaald
geslaagd
geslaagd voor = 1.5
diploma
diploma op zak = 1.5
diploma binnen = 1.5
certificaat = 1.5
gecertificeerd = 1.5
certificering
certified
geaccrediteerd
accreditatie
afgestudeerd = 1.5
afstuderen
scriptie
cum laude = 1.5
master = 0.5
mastertitel
masterdiploma = 1.5
bachelor = 0.5
propedeuse
proefschrift = 1.5
promotieonderzoek
doctorstitel = 1.5
examen gehaald = 1.5
examen behaald = 1.5
cursus afgerond = 1.5
opleiding afgerond = 1.5
training afgerond = 1.5
succesvol afgerond = 1.5
afgerond = 0.5
# bare "gewonnen" is as a rule a match, a game or a raffle; the work wins have their noun
prijs gewonnen = 1.5
award gewonnen = 1.5
tender gewonnen = 1.5
aanbesteding gewonnen = 1.5
pitch gewonnen = 1.5
award* = 1.5
# half weight: a nomination is as often a fan's (a music or TV award, a favourite
# player) as one's own; the work's award is named with its own word (award*, "prijs
# gewonnen")
genomineerd = 0.5
nominatie = 0.5
finalist
shortlist
eerste plaats
erkenning
trots om te melden = 2
trots om te delen = 2
trots om aan te kondigen = 2
met trots
supertrots
trots op = 0.5
trots op het team = 1.5
trots op ons team = 1.5
trots op mijn team = 1.5
ik mag mezelf = 2
mag mezelf nu = 2
eervol
eervolle vermelding = 1.5
record = 0.5
recordjaar = 1.5
recordomzet = 1.5
doel bereikt
doelstelling behaald = 1.5
target gehaald = 1.5
milestone = 1.5
het is officieel = 0.5
# no "#trots": a hashtag entry is the same as the word, and a bare "trots" or "trotse" is
# as often a parent, a coach or a fan ("trotse trainer hier"); the work's pride has its
# phrases above ("trots op het team", "trots om te delen", "met trots")
#proud = 0.5

@category learning
# "leren" alone is as often a pupil studying for a test (personal) as learning at work,
# so only its work phrases count
leren van = 0.5
van elkaar leren
blijven leren
leven lang leren
geleerd
# "lessen" alone is as often a pupil's or a driving pupil's classes, so only its
# phrases of lessons drawn from experience
lessen uit
lessen van
lessen voor
geleerde lessen
lessen geleerd
belangrijke lessen
lessons learned = 1.5
learnings = 1.5
takeaways = 1.5
key takeaways = 1.5
inzicht*
kennis
vakkennis
kennisbank
kennisdeling
tips = 0.5
handige tips
praktische tips = 1.5
vijf tips = 1.5
drie tips = 1.5
drie lessen = 1.5
handleiding
stappenplan = 1.5
checklist
how-to
best practices = 1.5
whitepaper = 1.5
e-book
ebook
case = 0.5
casus
case study = 1.5
klantcase = 1.5
cursus
opleiding*
# "training" is ook de sporttraining van de club (naar de training, trainingsbroek): de
# werkbetekenis weegt daarom half; de sportwoorden staan onder leisure in vocabulary.lex.
training* = 0.5
workshop*
leertraject
leerzaam = 1.5
interessant artikel = 1.5
lezenswaardig = 1.5
must-read = 1.5
aanrader = 0.5
leestip = 1.5
boekentip* = 1.5
bijscholing
nascholing
vaardigheden
skills
competenties
onderzoek
onderzoekers
wetenschap*
promovendus
publicatie
paper
studie = 0.5
artikel
blog = 0.5
blogpost
# "lezen" staat nergens meer: een boek lezen op de bank is even vaak ontspanning als een
# artikel lezen voor het werk.
verdieping
inzichten uit = 1.5
lessen die ik = 1.5
wat ik heb geleerd = 2
wat ik geleerd heb = 2
wat ik leerde = 1.5
wat we leerden = 1.5
wat we geleerd hebben = 2
wat we hebben geleerd = 2
heeft me geleerd
heeft mij geleerd
heeft me veel geleerd
wat ik daar leerde = 1.5
wat ik er leerde = 1.5
wat ik toen leerde = 1.5
dat ik daar leerde = 1.5
dat ik er leerde = 1.5
dat ik toen leerde = 1.5
ervan geleerd
daarvan geleerd
daar geleerd
les geleerd
evalueren = 0.5
evalueer = 0.5
mijn belangrijkste les = 1.5
belangrijkste lessen = 1.5
reflectie
reflecteren
groeimindset = 1.5
growth mindset = 1.5
mindset = 0.5
framework
valkuil*
veelgemaakte fouten = 1.5
uitgelegd
zo doe je dat
hoe pak je
zo pak je
slideshare = 1.5
slides

@category industry
branche*
sector*
markt = 0.5
marktaandeel = 1.5
marktontwikkeling* = 1.5
trend*
innovatie*
innoveren
digitalisering = 1.5
digitale transformatie = 1.5
technologie*
tech = 0.5
techbedrijf
software
saas = 1.5
erp
erp-systeem = 1.5
crm
cloudmigratie = 1.5
datamigratie = 1.5
b2b = 1.5
b2c = 1.5
ai
# compounds written with a hyphen: ai-tools, ai-model, ai-act
ai-*
chatbot* = 0.5
opensource = 1.5
kunstmatige intelligentie = 1.5
generatieve ai = 1.5
machine learning = 1.5
chatgpt
llm
automatisering
robotisering
de cloud = 0.5
cybersecurity = 1.5
cyberaanval*
datalek
privacy = 0.5
avg
gdpr
datagedreven = 1.5
data-gedreven = 1.5
fintech = 1.5
e-commerce = 1.5
ecommerce = 1.5
retail
logistiek
supply chain = 1.5
zorgsector = 1.5
de zorg = 0.5
onderwijs = 0.5
bouwsector = 1.5
energietransitie = 1.5
energiemarkt
duurzaamheid
verduurzam*
duurzaam ondernemen = 1.5
circulair*
mvo = 1.5
esg = 1.5
csrd = 1.5
regelgeving
wetgeving
compliance = 1.5
economie
economische
inflatie
rente
rentestijging
recessie
conjunctuur
aandelen
beleggen = 0.5
beurs
startup* = 1.5
start-up* = 1.5
scale-up* = 1.5
scaleup* = 1.5
investeerder*
venture capital = 1.5
durfkapitaal = 1.5
stakeholder* = 1.5
klantbeleving = 1.5
klantreis = 1.5
customer journey = 1.5
klanttevredenheid = 1.5
klantgericht
strategie
strategisch
marketing*
marketeer*
contentstrategie = 1.5
contentmarketing = 1.5
leadgeneratie = 1.5
leads
sales
salesfunnel = 1.5
funnel
conversie
roi = 1.5
productiviteit
efficiëntie
efficiency
ondernemen
ondernemer*
mkb = 1.5
zakelijk*
arbeidsmarkt* = 1.5
personeelstekort = 1.5
krapte
werkgelegenheid
hrm = 1.5
hr
agile = 1.5
scrum = 1.5
projectmanagement = 1.5
change management = 1.5
procesoptimalisatie = 1.5
ict
telecom
industrie
maakindustrie = 1.5
vastgoed = 1.5
consultancy = 1.5
adviesbureau
accountancy = 1.5
advocatuur
verzekeraars
concurrent*
concullega = 1.5
waardepropositie = 1.5
propositie
businessmodel = 1.5
verdienmodel = 1.5
schaalbaar = 1.5
opschalen
disruptie* = 1.5
ecosysteem
platformeconomie = 1.5
toekomst van werk = 1.5
future of work = 1.5
het nieuwe werken = 1.5
b2b-marketing = 1.5

@category company
bedrijf
ons bedrijf = 1.5
# De eigen zaak van de kleine ondernemer: wie "onze winkel" of "mijn zaak" schrijft, heeft
# het over zijn bedrijf (en "winkel" alleen leest anders als boodschappen doen, "restaurant"
# als uit eten). De langere pitch-zin "in onze winkel" (content.lex) gaat voor. De
# eigenaar die over zijn eigen zaak vertelt is category owner (bedrijfsnieuws zoals
# company; een post die verder persoonlijk leunt is dan gemengd: engine/src/score.c,
# is_passion). "Op de zaak" (op het werk) zegt dat niet en blijft company.
op de zaak

@category owner
onze zaak
mijn zaak
onze winkel
mijn winkel
ons winkeltje
mijn winkeltje
ons restaurant
mijn restaurant
ons restaurantje
onze kapsalon
mijn kapsalon
onze salon
mijn salon
onze bakkerij
mijn bakkerij
ons bedrijfje
mijn bedrijfje
onze praktijk
mijn praktijk
mijn eigen zaak
mijn eigen bedrijf
mijn eigen salon
mijn eigen kapsalon
mijn eigen winkel
mijn eigen praktijk
mijn eigen bakkerij
onze eigen zaak
ons eigen bedrijf
onze eigen winkel
onze eigen salon
onze eigen praktijk
onze eigen bakkerij

@category company
onze openingstijden
gewijzigde openingstijden = 1.5
aangepaste openingstijden = 1.5
zondag gesloten = 0.5
maandag gesloten = 0.5
openingstijden = 0.5
# opening hours as shops and practices write them; the days alone say nothing
ma t/m vr = 0.5
ma t/m za = 0.5
ma t/m zo = 0.5
"ma-vr" = 0.5
"ma-za" = 0.5
"ma-zo" = 0.5
ma - vr = 0.5
ma - za = 0.5
maandag t/m vrijdag = 0.5
maandag tot en met vrijdag = 0.5
maandag t/m zaterdag = 0.5
maandag tot en met zaterdag = 0.5
onze filialen
filiaal = 0.5
filialen = 0.5
organisatie
onze organisatie = 1.5
ons team
het team
mijn team
teamoverleg = 1.5
overleg = 0.5
vergadering*
vergaderen
meeting*
deadline*
deadline gehaald = 1.5
werkdag = 0.5
werkweek = 0.5
# "at work" places a story in the working day; weak, since a commute or a complaint
# ("pff, weer naar m'n werk") is personal by its other words
op het werk = 0.5
op mijn werk = 0.5
op m'n werk = 0.5
op mn werk = 0.5
# Diensten in ploegen- en zorgwerk horen bij de werkdag en de werkweek hierboven: ze
# noemen het werk zelf, dus een mild signaal van die kant (0.5). Een post die erover
# klaagt of zich erop verheugt ("pff, nachtdienst", "laatste nachtdienst, nu drie dagen
# vrij") blijft persoonlijk door zijn andere woorden. "nachtdienst" stond eerder bij het
# dagelijks leven (vocabulary.lex), op grond van een enkele geotweet; de Engelse lijst
# telt "night shifts" ook als werk (lexicons/en/professional.lex).
nachtdienst = 0.5
avonddienst = 0.5
dagdienst = 0.5
vroege dienst = 0.5
late dienst = 0.5
weekenddienst = 0.5
slaapdienst = 0.5
werkvloer
klantgesprek*
klantbezoek
teamlid
teamleden
collega's
kantoor
op kantoor
nieuw kantoor = 1.5
vestiging
nieuwe vestiging = 1.5
tweede vestiging = 1.5
2e vestiging = 1.5
derde vestiging = 1.5
hoofdkantoor
financiering = 1.5
financieringsronde = 2
investering
geïnvesteerd
overname = 1.5
overgenomen
fusie = 1.5
gefuseerd = 1.5
samenwerking
samenwerkingsverband
partnership
partnerschap
onze partner
strategische partner = 1.5
zakelijke partner
aankondiging
kwartaalcijfers = 2
kwartaalresultaten = 2
jaarcijfers = 2
halfjaarcijfers = 2
jaarverslag = 1.5
jaarrekening = 1.5
boekjaar = 1.5
kwartaal
afdeling = 0.5
verzuim
ziekteverzuim = 1.5
q1
q2
q3
q4
resultaten = 0.5
omzet = 1.5
omzetgroei = 1.5
winst
nettowinst = 1.5
brutowinst = 1.5
ebitda = 2
marge
groei = 0.5
sterke groei = 1.5
orderboek = 1.5
orderportefeuille = 1.5
klanten
nieuwe klant = 1.5
klantenbestand
opdrachtgever*
aanbesteding = 1.5
tender = 1.5
gegund = 1.5
uitbreiding
expansie = 1.5
directie
raad van bestuur = 1.5
raad van commissarissen = 1.5
ceo
cfo
cto
coo
cmo
oprichter
medeoprichter
co-founder
founder
aandeelhouder*
beursgang = 1.5
ipo = 1.5
dochteronderneming = 1.5
moederbedrijf = 1.5
holding
faillissement
failliet
ontslagronde = 1.5
persbericht = 1.5
# not "in het nieuws": its "nieuws" compares by stem with "nieuwe", so it caught "in het
# nieuwe huis" before the phrase "nieuwe huis" could
het nieuws gehaald = 0.5
haalt het nieuws = 0.5
haalden het nieuws = 0.5
bedrijfsupdate = 1.5
rebranding = 1.5
nieuwe huisstijl = 1.5
nieuw logo
nieuwe website
jaar bestaan = 1.5
jarig bestaan = 1.5
bedrijfscultuur
werkgever
werkgeverschap
goed werkgeverschap = 1.5
medewerkers
personeel
verwelkomen
#teamwork

@category data
data
cijfers
procent
percentage
procentpunt = 1.5
statistiek*
enquête
onderzoek toont = 1.5
onderzoek laat zien = 1.5
uit onderzoek blijkt = 1.5
blijkt uit
respondenten = 1.5
ondervraagden = 1.5
steekproef = 1.5
rapportage
rapport
dashboard
kpi*
grafiek
infographic
analyse
analyseren
analytics
benchmark*
gemiddeld*
mediaan
miljoen = 0.5
miljard = 0.5
verdubbeld
verdrievoudigd
gestegen
gedaald
stijging
daling
toename
afname
groeicijfers
op jaarbasis
ten opzichte van
bijna de helft
de helft van
een derde
een kwart
twee derde
op de tien = 1.5
op de vijf = 1.5
op de drie
cijfermatig
meetbaar
metingen
dataset = 1.5
data scientist
data-analyse
data-analist
cbs = 1.5
volgens het cbs = 2
planbureau
cpb
tno
eurostat
gartner
mckinsey

@category events
webinar* = 1.5
congres* = 1.5
seminar* = 1.5
symposium = 1.5
conferentie = 1.5
summit = 1.5
evenement*
event
bedrijfsevent
netwerkborrel = 1.5
netwerkbijeenkomst = 1.5
netwerkevent = 1.5
netwerken = 0.7
vakbeurs = 1.5
beursstand = 1.5
visitekaartje*
onze stand = 1.5
standnummer = 1.5
expo
spreker*
keynote* = 1.5
dagvoorzitter = 1.5
paneldiscussie = 1.5
panel
rondetafel* = 1.5
masterclass* = 1.5
meetup = 1.5
inspiratiesessie = 1.5
kennissessie = 1.5
lunchlezing = 1.5
lezing
presentatie = 0.5
presenteren = 0.5
sessie = 0.5
aanmelden = 0.5
meld je aan = 1.5
meld je nu aan = 1.5
schrijf je in = 1.5
inschrijven = 0.5
save the date = 1.5
# "programma" staat nergens meer: het is even vaak een tv-programma als het programma van
# een congres of een beleidsprogramma.
livestream
podcast*
hackathon = 1.5
kick-off
kickoff
heidag = 1.5
teamdag
studiedag
jaarcongres = 1.5
ben jij er ook bij
tot ziens op
kom langs op
interessante gesprekken = 1.5
mooie gesprekken
inspirerende dag = 1.5
inspirerende sessie = 1.5
inspirerend = 0.5

@category leadership
leiderschap* = 1.5
leadership = 1.5
servant leadership = 1.5
leider
leidinggeven = 1.5
leidinggevende*
aansturen
management
manager = 0.5
directeur = 0.5
bestuurder = 0.5
teamleider
teamlead
visie
missie
kernwaarden = 1.5
purpose
cultuur = 0.5
teamcultuur = 1.5
organisatiecultuur = 1.5
besluitvorming
verantwoordelijkheid nemen
verantwoordelijkheid pakken
eigenaarschap = 1.5
vertrouwen geven
ruimte geven
feedback
coaching
coachen = 0.7
verandermanagement = 1.5
psychologische veiligheid = 2
medewerkersbetrokkenheid = 1.5
empowerment = 1.5
delegeren = 1.5
samenwerken = 0.5
doelen stellen
doelstellingen
okr = 1.5
prioriteiten = 0.5
impact maken
kwetsbaarheid
kwetsbaar opstellen = 1.5
goed voorbeeld
rolmodel
talent = 0.5
werkplezier
werkgeluk = 1.5
werkdruk
werk-privébalans
balans tussen werk en privé = 1.5
work-life balance
duurzame inzetbaarheid = 1.5

@category community
vrijwillig* = 1.5
goede doel = 1.5
# not the plain "doneren": its stem "doner" is also the kebab ("döner")
"doneren"
doneer*
donatie*
gedoneerd
inzamelingsactie = 1.5
inzameling
geld ingezameld = 1.5
opgehaald voor = 1.5
opbrengst gaat naar = 1.5
sponsorloop = 1.5
sponsor = 0.5
pro deo = 2
pro bono = 2
probono = 2
kosteloos
gratis advies = 0.5
kennis delen = 1.5
kennis te delen = 1.5
deel graag mijn kennis = 2
open source = 1.5
mentor*
buddy
buddyprogramma = 1.5
iemand helpen
anderen helpen = 1.5
elkaar helpen = 1.5
help elkaar
ik help graag = 1.5
denk graag mee = 1.5
samen sterk
samen kunnen we
maatschappelijk*
impact = 0.5
inclusie
inclusiviteit
diversiteit
toegankelijkheid
gelijke kansen = 1.5
kansengelijkheid = 1.5
iets teruggeven = 1.5
teruggeven aan = 1.5
social return = 1.5
voedselbank = 1.5
daklozen
vluchtelingenwerk
help mee
steun ons
hulp gevraagd
stichting = 0.5
vereniging = 0.5
community
#goededoel
#kennisdelen

# Een les uit eigen ervaring, of advies aan de lezer. Telt aan geen van beide kanten; naast
# een persoonlijk verhaal en werk maakt het een bericht mixed (engine/src/score.c). Een
# zin met een woord uit een andere categorie staat daar ook, met het gewicht van dat
# woord, zodat de cue niets wegneemt.
@category lesson
wat me bijbleef
wat mij bijbleef
wat me is bijgebleven
wat mij is bijgebleven
leerde me
leerde mij
heeft me geleerd
heeft mij geleerd
heeft me veel geleerd
deed me beseffen
liet me zien
zette me aan het denken
zet je aan het denken
besefte ik
realiseerde ik me
drong tot me door
wat ik leerde
wat ik daar leerde
wat ik er leerde
wat ik toen leerde
wat ik heb geleerd
wat ik geleerd heb
ervan geleerd
daarvan geleerd
daar geleerd
belangrijkste les
les geleerd
moraal van het verhaal
precies hetzelfde
hetzelfde geldt voor
geldt ook voor
zo werkt het ook
op het werk ook
als je leiding geeft
als je een team leidt
als je mensen aanstuurt
aan alle ouders
aan elke ouder
aan iedere ouder
aan alle werkende ouders
aan alle managers
aan elke manager
aan alle leidinggevenden

@category leadership
aan alle managers = 0.5
aan elke manager = 0.5
aan alle leidinggevenden = 1.5

@category career
aan alle leidinggevenden = 0.5

# Het dagelijkse werk in de zorg en het onderwijs, de twee grootste publieke sectoren:
# diensten, afdelingen en stages, lessen en leerlingen gezien van voor de klas. Mensen in
# die beroepen vertellen over hun werk in een persoonlijke toon ("mijn laatste dienst op
# de IC ... vanaf maandag ga ik lesgeven"), en zonder deze woorden leest zo'n post als een
# persoonlijk kiekje. Samen met de Engelse lijst gekozen (lexicons/en/professional.lex);
# weggelaten, om de kant van de patiënt en de ouder op dezelfde plek: het kale
# "ziekenhuis", "klas", "leerlingen" en "school". De diensten zelf ("nachtdienst",
# "avonddienst") staan bij de werkdag in @category company.
@category industry
lange diensten
op de afdeling
verpleegafdeling
kinderafdeling
op de ic
intensive care
spoedeisende hulp
hbo-v
pabo
curriculum
lesprogramma
lesvoorbereiding
lesgeven
les geven
mijn leerlingen
mijn studenten
ouderavond
studiedag
teamkamer
lerarenkamer
personeelskamer
beroepsdeformatie

# Ronde 3: het werk van de vakman en de uitvoerende kunstenaar, het afscheid na een
# werkleven, en de liefde voor het vak ("dit is waarom ik dit vak doe").
@category career
laatste dag gewerkt = 1.5
mijn laatste dienst = 1.5
gepensioneerde = 1
als gepensioneerde = 1.5
dit vak = 1
waarom ik dit vak doe = 2
waarom ik dit werk doe = 2
voor mijn werk = 1
voor m'n werk = 1

@category industry
metselen = 0.5
metselwerk = 0.5
troffel = 0.5
op de bouw = 1
bouwplaats = 1
op de steiger = 1
op tournee = 1.5
tournee = 1
speellijst = 1.5
speelschema = 1
release notes = 1.5
releasenotes = 1.5
changelog = 1.5
contributors = 1
nieuwe release = 1.5

@category company
onze voorstelling = 1
onze nieuwe voorstelling = 1.5
ons gezelschap = 1
onze boerderij = 0.5

@category owner
onze brouwerij = 1
mijn brouwerij = 1
ons bedrijf bestaat = 1.5

# Een les uit eigen ervaring, of waarom iemand zijn verhaal deelt ("ik deel dit omdat").
@category lesson
les voor mezelf
les voor mijzelf
lesje geleerd
wat ik ervan leerde
wat ik ervan geleerd heb
wat het me leerde
wat het mij leerde
ik deel dit omdat
ik deel het omdat
ik vertel dit omdat
ik vertel het omdat
waarom ik dit deel
daarom deel ik dit

@category learning
les voor mezelf
les voor mijzelf
lesje geleerd
wat ik ervan leerde = 1.5
wat ik ervan geleerd heb = 1.5
wat het me leerde
wat het mij leerde

# De kleine zaak die een opvolger zoekt of groeit: overnemen, overdragen, vaste mensen.
@category company
de zaak overnemen = 1.5
zaak over te nemen = 1.5
de zaak overdragen = 1.5
bedrijfsopvolging = 1.5
opvolger gezocht = 1.5
vaste medewerkers = 1
vaste krachten = 1

# Terugblik en overdracht: de draai van een verhaal naar wat het voor het werk betekent
# ("wat ik had willen weten", "wat ik nu anders doe", "de beste training voor"), en
# "zelfde met" zoals het Engelse "same with". Een zin die een scorend woord bevat telt ook
# daarvoor, zodat de les niets wegneemt.
@category lesson
had willen weten
had ik maar geweten
had ik maar eerder geweten
wat ik nu anders doe
wat ik anders doe
wat ik anders zou doen
achteraf gezien
terugkijkend
met de kennis van nu
training voor
bereidde me voor op
dit is waarom ik
dit is waarom we
daarom doe ik dit werk
zelfde met
hetzelfde met
net als bij
dat ik daar leerde
dat ik er leerde
dat ik toen leerde

@category learning
met de kennis van nu
training voor

# Ronde 4: meer manieren om een les uit het eigen verhaal te trekken of de lezer advies te
# geven, algemeen Nederlands en Vlaams, niet uit een post overgenomen.
@category lesson
mijn advies
mijn tip
mijn les
dat leer je niet
dat leer je
wat ik meeneem
wat ik daaruit meeneem
wat ik eruit meeneem
neem het van mij aan
leerpunt
eye-opener
eyeopener
les van de dag
les van vandaag

# Ronde 4: wie over het eigen werk praat in een persoonlijke post, zonder functietitel
# ("het museum waar ik werk", "na 20 jaar in het vak", "uit ervaring"), algemeen Nederlands,
# niet uit een post overgenomen. Mild waar het ook het einde van een werkdag kan zijn
# ("na mijn werk").
@category career
waar ik werk
mijn werk = 0.5
jaar in het vak = 1.5
van het vak = 0.5
vakidioot

@category learning
uit ervaring = 0.5
publieksonderzoek

@category company
in de zaak = 0.5
onze bezoekers
volwassen leerlingen

# Ronde 6: het bericht van een vervoerder of een gemeente aan het publiek (een nieuwe
# dienstregeling, bussen erbij, de gemeente vraagt bezoekers), in de taal van het bericht,
# niet in die van de reiziger die klaagt.
@category industry
nieuwe dienstregeling = 1.5
vervoerder = 1
vervoersmaatschappij = 1
elektrische bussen = 1
nieuwe bussen = 1
extra bussen = 0.5
extra ritten = 1
de gemeente vraagt = 1.5
de gemeente roept = 1.5
gemeente adviseert = 1.5
naar verwachting = 0.5

# Ronde 6: de eigen zaak met een bijvoeglijk naamwoord ertussen ("onze kleine brouwerij")
# en de zaken die in ronde 3 nog ontbraken: het atelier, de kwekerij, de foodtruck, de
# zorgboerderij, het hotel en de B&B van de eigenaar.
@category owner
onze kleine zaak
ons kleine bedrijf
onze kleine brouwerij
ons kleine bedrijfje
onze kleine winkel
ons atelier
mijn atelier
onze werkplaats
mijn werkplaats
onze kwekerij
onze foodtruck
mijn foodtruck
onze zorgboerderij
ons hotel
onze b&b
onze webwinkel
mijn webwinkel
ons café
onze brasserie
onze studio
mijn studio

# Het museum, de bibliotheek en het theater die hun eigen nieuws brengen: de collectie,
# een aanwinst, de vaste opstelling, erfgoed.
@category company
ons museum = 1.5
onze bibliotheek = 1
ons theater = 1
onze collectie = 1
de collectie = 0.5
aanwinst = 1
vaste opstelling = 1.5
erfgoed = 1

# Het vak van de tester en de onderzoeker, en verspilling als bedrijfscijfer.
@category industry
bugreport = 1.5
bugmelding = 1.5
testers = 1
testautomatisering = 1.5
qa = 1
voedselverspilling = 1
foodwaste = 1

@category achievement
proefschrift verdedigd = 2
mijn promotie = 1

# Ronde 6: het inzicht dat uit een thuisverhaal komt en op het werk terugkeert ("dat doe
# ik nu ook met mijn klanten", "toen begreep ik pas", "werkt beter dan andersom") en
# wat je niet op school leert.
@category lesson
leer je niet
leer je niet op school
dat doe ik nu ook
doe ik nu ook met
werkt beter dan
werkt beter dan andersom
toen begreep ik pas
toen snapte ik pas
nu begrijp ik pas
nu snap ik pas
pas echt wat
zo gaat het ook op
op de werkvloer ook
in mijn werk ook

# Het werk van boer, organist en brandweer in hun eigen woorden: het perceel, de stal,
# voorlichting en preventie.
@category industry
perceel = 0.5
in de stal = 0.5
boerenleven = 1
voorlichting = 0.5
preventie = 0.5
organist = 1

# The work of the same trades (see occupations.lex) in their own terms, not copied from
# any post: the piano tuner's and the shoemaker's workshop, the funeral trade, forest and
# nature management, sign language, remedial education, youth work, and the UX
# designer's A/B testing. Mild where it could also be a hobby or a customer.
@category industry
zangbodem = 1
luchtvochtigheid = 0.5
stemwerk = 1
nieuwe zolen = 1
zolen = 0.5
schoenherstel = 1
uitvaartbranche = 1.5
uitvaartzorg = 1
nabestaanden = 0.5
bosbeheer = 1
natuurbeheer = 1
houtoogst = 1
dunning = 1
gebarentaal = 1
vgt = 1
ngt = 1
orthopedagogiek = 1
pedagogiek = 1
jeugdhulp = 1
hulpverlening = 0.5
jongerenwerk = 1
jongerencentrum = 1
in de soos = 1
stembeurt = 1
sluiscomplex = 1
brugbediening = 1
stelplaats = 1
tramremise = 1
busremise = 1
schoenmakerij = 1
rouwcentrum = 0.5
converteert = 1
converteren = 1
conversieratio = 1.5
conversiepercentage = 1.5
a/b-test = 1.5
a/b test = 1.5
ab-test = 1.5
ab test = 1.5
split test = 1.5
gebruikerstest = 1.5
usability = 1
ux = 1

@category data
rapportages
klikratio = 1

# Why you do the work, in words other than "waarom ik dit werk doe".
@category career
daarom doe ik dit werk = 2
hierom doe ik dit werk = 2
daarom doe ik dit vak = 2
daarvoor doe ik het = 1
hiervoor doe ik het = 1
daar doe ik het voor = 1
hier doe ik het voor = 1

# Someone who is fully booked has customers.
@category company
volgeboekt = 1
zit vol tot = 1

# What you want to pass on to a successor or the reader, and "sindsdien" (since then)
# as the turn of the story towards what you now do differently.
@category lesson
wil meegeven
willen meegeven
wil ik meegeven
wil ik je meegeven
sindsdien stel ik
sindsdien vraag ik
sindsdien doe ik
sindsdien begin ik
sindsdien zeg ik
sindsdien let ik

@category leadership
willen meegeven = 0.5
wil ik meegeven = 0.5

# The video that explains something.
@category learning
in deze video = 1
leg ik uit = 1
ik leg uit = 1

# A funding round, not a TV series ("series" counts as leisure in personal.lex).
@category company
series a = 1.5
series b = 1.5
series c = 1.5

# A beer of one's own, from the home brewer who is turning into a brewery.
@category owner
ons eigen bier = 1.5
eigen biertje = 1
eigen bier = 1

# The everyday work words of trades that tell about their day in a personal voice:
# road haulage (loading addresses, driving and rest times, the tachograph), the ferry and
# inland shipping, fishing, greenhouse horticulture, dental and lab work, the courts and
# the neighbourhood police, the museum guide's tours, the professional kitchen, the
# recording studio, the dog-grooming parlour, insurance, the car workshop, civil works
# and wind farms. Chosen from knowledge of each trade. Mild (0.5) where a customer or a
# visitor uses the word too ("een rondleiding gehad", "de rechtbank" of one's own case)
# and for a sector that is also the topic of policy rants ("nieuwe regels voor de
# kottervisserij"). "kas" (greenhouse) is exact and in phrases: its stem is that of
# "kaas" (cheese); "kassen" stems apart. A "restaurantkeuken" or a "windpark" is no meal
# and no park (their last parts). Left out: "verzekering", "polis" and "overtocht", as
# often the customer's complaint or the holiday crossing; the adviser's words are
# phrases ("dubbel verzekerd"). The crop is "gewas" only: "gewassen" is also "washed".
@category industry
oplegger
laadadres
losadres
laden en lossen
rij- en rusttijden
rusttijden
tachograaf
vrachtbrief
transporteur = 0.5
transportbedrijf
expediteur
pallets = 0.5
distributiecentrum
veerdienst
veerpont = 0.5
pontveer = 0.5
binnenvaart
kotter = 0.5
kottervisserij = 0.5
visafslag
vangst = 0.5
glastuinbouw
tuinbouw
tuinbouwbedrijf
"kas" = 0.5
onze "kas" = 1
nieuwe "kas" = 1
kassen
teelt
areaal
gewas = 0.5
hectare = 0.5
aardwarmte
geothermie
warmtekrachtkoppeling
wkk
mondzorg
tandartspraktijk
mondhygiëne = 0.5
cariës
tandsteen = 0.5
eetmomenten
poetsinstructie
laboratorium
klinisch-chemisch
bloedafname = 0.5
big-registratie = 1.5
big-register
valpreventie
griffie
rechtbank = 0.5
zitting = 0.5
vonnis = 0.5
meldkamer
noodhulp = 0.5
surveillance
portofoon
proces-verbaal
op het bureau = 0.5
rondleiding = 0.5
rondleiding gegeven = 1.5
rondleiding geven = 1
schoolklassen
couverts
bonnenprinter
restaurantkeuken
mise-en-place
mise en place
in de studio = 1
studiosessie
opnamestudio
opnamesessie
soundcheck
trimsalon
vachtverzorging
dubbel verzekerd = 1
onderverzekerd
oververzekerd
waardebepaling
perceeloppervlakte
bandenspanning
onderhoudsbeurt
kleine beurt
remblokken
distributieriem
garagebedrijf
civiele techniek
civieletechniek
infra
windpark
offshore
windenergie

# The firm behind the work: the project team and the neighbours of a building site, a
# job finished ahead of schedule (not "eerder dan gepland" alone: a baby comes so too),
# supplying other businesses ("we leveren aan"), the payroll office, the whole team
# thanked, posts cut at head office.
@category company
projectteam
omwonenden
eerder klaar dan gepland = 0.5
eerder opgeleverd dan gepland = 1
leveren we aan = 1
we leveren aan = 1
wij leveren aan = 1
salarisadministratie
loonadministratie
personeelsadministratie
het hele team = 0.5
dank aan het hele team = 1.5
dank aan het team = 1.5
functies verdwijnen = 1
banen verdwijnen = 0.5
productlijn = 1
nieuwe productlijn = 1.5

# The owner's own boat, greenhouse, lab, parlour or practice.
@category owner
ons pontje
onze pont
onze veerpont
onze veerdienst
onze kassen
onze tuinderij
ons lab
ons laboratorium
onze trimsalon
mijn trimsalon
onze garage
mijn garage
onze tandartspraktijk
onze slagerij
mijn slagerij
onze viswinkel
onze kotter
mijn kotter

# Handling customer data as a practice to get right ("omgaan met klantgegevens", "een
# lijst met klantgegevens die even gemaild wordt"): a privacy lesson, not a leak. As
# longer phrases they take the word before the confidential entry "klantgegevens"
# (content.lex) can.
@category industry
met klantgegevens = 0.5
omgaan met klantgegevens = 1
klantgegevens beschermen = 1
bescherming van klantgegevens = 1
met persoonsgegevens = 0.5
omgaan met persoonsgegevens = 1
persoonsgegevens beschermen = 1

# The informal vacancy of a small firm or practice and the Flemish vacancy: "is een
# pré", "mooi meegenomen", a "gezellig team" (as a phrase it takes "gezellig" from
# friends), days a week, "we werven aan", a contract "van onbepaalde duur", and the job
# seeker's "per direct beschikbaar". "mooi meegenomen" is also a plain idiom, so it
# weighs half. Left out: "per direct" alone (any "right away": "per direct de
# verwarming aan") and "ken je iemand (die)", as often a neighbour asking for a cat
# sitter as a vacancy ("ken jij iemand die" was listed already).
@category jobs
is een pré = 1.5
een pré = 1
pré = 0.5
is mooi meegenomen = 0.5
mooi meegenomen = 0.5
gezellig team = 1
gezellige collega's = 1
fijn team = 0.5
{n} dagen per week = 1
{n} dagen in de week = 0.5
{n} à {n} uur = 1
we werven aan = 2
wij werven aan = 2
werven aan = 1.5
aanwerven = 1.5
onbepaalde duur = 1.5
contract van onbepaalde duur = 2
mail je cv = 2
cv naar = 1.5
ik ben beschikbaar = 1
per direct beschikbaar = 2
zoekt per direct = 2
zoekt een nieuwe collega = 2

# More shifts and call-outs of everyday work: the shop's opening and closing shift, the
# fire station and the ambulance on call, the care team's plan and the district team,
# the contractor's shell and handover to the client, bulb and fruit growing, the vet's
# clinic, the band's set list. The handover ("oplevering") is a phrase: a bare
# "oplevering" is as often one's own new house.
@category company
sluitdienst = 0.5
openingsdienst = 0.5
kassadienst = 0.5
dubbele dienst = 0.5
piketdienst = 0.5
consignatiedienst = 0.5
bereikbaarheidsdienst = 0.5
oplevering van het project = 1.5
project opgeleverd = 1.5
opgeleverd aan de klant = 1.5
opgeleverd aan de opdrachtgever = 1.5
bouwvergadering

@category industry
uitgerukt = 1
uitruk = 1
kazerne = 0.5
ambulancedienst
zorgplan
wijkteam
ruwbouw
melkveebedrijf
bollenteelt
fruitteelt
pootaardappelen
dierenkliniek = 0.5
setlist = 0.5

# The vacancy told casually, from general knowledge of how small firms, shops and clubs
# hire: the work that piles up ("we komen handen tekort", "zoveel werk dat"; not "handen tekort"
# alone, which is also the care home in a rant), what the job asks
# and gives ("geen ervaring nodig", "wij betalen je opleiding", "bus van de zaak", a
# four-day week, hours as a range "32-40 uur"), a day on trial ("kom een dagje
# meelopen"), and the club or the fire station that looks for volunteers. The phrases
# with "geen" are entries, so their "geen" does not negate the hiring.
@category jobs
we komen handen tekort = 1.5
we komen handjes tekort = 1.5
wij komen handen tekort = 1.5
we komen mensen tekort = 1.5
extra handen = 0.5
zoveel werk dat = 1.5
zo veel werk dat = 1.5
werk genoeg = 1
geen ervaring nodig = 2
geen ervaring vereist = 2
ervaring is niet nodig = 2
ervaring niet nodig = 2
geen diploma nodig = 2
geen diploma vereist = 2
wij leiden je op = 2
we leiden je op = 2
je wordt opgeleid = 1.5
betalen je opleiding = 1.5
je opleiding betaald = 1.5
van de zaak = 1
auto van de zaak = 1.5
bus van de zaak = 1.5
{n}-daagse werkweek = 1.5
vierdaagse werkweek = 1.5
{n}-urige werkweek = 1.5
{n}-{n} uur = 1
{n} tot {n} uur per week = 1.5
bespreekbaar = 0.5
dagje meelopen = 1.5
dag meelopen = 1.5
een dag meedraaien = 1.5
ochtend meedraaien = 1.5
proefdraaien = 1.5
snuffelstage = 1
zoekt vrijwilligers = 1.5
zoekt nieuwe vrijwilligers = 2
vrijwilligers gezocht = 2
zoekt nieuwe = 1
zoekt een = 0.5
zoekt {n} = 1
kom bij ons werken = 2
kom je bij ons werken = 2
wie komt er bij ons werken = 2
kom bij ons in dienst = 2
we kunnen versterking gebruiken = 2
wij kunnen versterking gebruiken = 2

@category events
infoavond = 1
kennismakingsavond = 1

# The network a LinkedIn poster speaks to ("mijn netwerk", "beste netwerk"), and the
# team, the station or the workplace called "een tweede familie".
@category community
mijn netwerk = 1
beste netwerk = 1.5
lieve netwerk = 1.5
vraag aan mijn netwerk = 1
tweede familie = 0.5

# The tradesperson's or practitioner's tip to the public, from general knowledge of how
# shops, workshops and practices give advice: "3 tips van een zeilmaker", "tip van de
# fietsenmaker", a tip with its saving ("scheelt je €600"), and what to have checked.
@category learning
tips van een = 1
tip van de vakman = 1.5
tip van de vakvrouw = 1.5
vaktip = 1.5
protip = 1
pro-tip = 1
scheelt je = 0.5
scheelt je makkelijk = 1
scheelt €{n} = 0.5
scheelt je €{n} = 1
fysiotip* = 1.5
tandartstip* = 1.5
kapperstip* = 1.5
hoveniertip* = 1.5
monteurstip* = 1.5
monteurtip* = 1.5
laten nakijken = 0.5

# Round 10. The locum a practice hires for the holidays ("zoekt een waarnemer",
# "waarnemer gezocht"; a GP's, pharmacist's or vet's locum, rarely an election observer,
# which is work too), and the small salon's or shop's own "ik zoek een collega", Flemish
# "nen collega" included.
@category jobs
waarnemer = 1
zoek een collega = 1.5
zoek nen collega = 1.5
zoek een nieuwe collega = 2

# The GP's practice beside the dentist's (tandartspraktijk); the bailiff's seizure and
# the payment moratorium of a firm. "beslag" alone is also pancake batter, so the
# seizure is a phrase; "beslag leggen op" alone is also "take up" (time, the sofa).
@category industry
huisartsenpraktijk
beslag gelegd bij = 1.5
beslag leggen bij = 1.5
beslaglegging
loonbeslag
surseance
# Local government at work: the zoning plan and the council's decision a civil
# servant's project team brings about (the vote itself stays in politics).
bestemmingsplan
raadsbesluit
# Checking passwords against lists of leaked ones is security practice, not a leak: as
# a phrase it takes "gelekte" from the confidential entries.
gelekte wachtwoorden
# Changing a password is IT advice (or a chore), not a password handed out: as phrases
# they take "wachtwoord" from the confidential entries, at a mild weight.
wachtwoord wijzigen = 0.5
wachtwoord moet wijzigen = 0.5
wachtwoord veranderen = 0.5
# The notary's and the conveyancer's terms of a house purchase.
conceptakte
erfdienstbaarheid

# A trial project ("na negen maanden pilot"). Exact: the stemmer makes "piloot" of a
# child's "ik ben een echte piloot" the same stem.
@category company
"pilot"
al onze locaties = 1

# Subjects of a degree studied for an exam, told as a study tip.
@category learning
farmacologie
werkingsmechanisme

# Round 11: salaried employment ("na 15 jaar in loondienst"), handing one's role on ("Kees
# neemt het stokje over", "het stokje overdragen"), the family firm as its owner speaks of
# it, and the e-mail marketer's open rate.
@category career
loondienst
het stokje over
stokje overdragen
stokje overgedragen

@category owner
familiebedrijf

@category data
open rate

# A practice (a physio's, dentist's or speech therapist's) is a workplace. Mild: "in de
# praktijk" is also "in practice", though in dev that too is said of work (all 15 uses
# in work posts). Compounds ("logopediepraktijk") count by it only when the lexicon knows
# their first part as well (compound.c).
@category company
praktijk = 0.5

# A hobby turned into a business ("van hobby naar eigen zaak", "van hobby naar beroep").
@category owner
van hobby naar

# Round 12: a vacancy in a few words ("zoekt iemand voor de afwas, goed betaald") and the
# travel allowance of a vacancy or a collective agreement ("reiskosten vanaf 10 km").
@category jobs
zoekt iemand voor = 1
goed betaald = 1
reiskosten = 0.5

# Round 12: cold outreach in sales, and an app or game counted by its downloads.
@category company
koude acquisitie = 1.5
koude dm = 1
downloads = 0.5

# Round 12: the game maker's test sessions, and the pharmacist's word for medicines (at
# home one says "medicijnen").
@category industry
playtest*
gamedesign*
medicatie = 0.5

@category career
vroegpensioen

# Round 13: the lesson drawn from a craft ("dat is de hele kunst: niet twijfelen") and
# the craft turned into a point about people ("mensen zijn net deeg").
@category lesson
de hele kunst
mensen zijn net
