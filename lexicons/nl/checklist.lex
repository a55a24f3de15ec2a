# Dutch words for the pre-share checklist: claims that need backing up (superlatives),
# evidence that backs them, speaking badly of one's own company, and invitations to a
# conversation. Bare "beste" is left out on purpose: it opens letters ("Beste collega's")
# and stems like "best" ("mijn best doen"); "volgens" stems like "volgen".

@category superlative
de beste
het beste = 0.5
onze beste
beste ooit = 1.5
allerbeste
beste van nederland = 1.5
beste van de wereld = 1.5
beste kwaliteit
grootste
allergrootste
grootste van nederland = 1.5
nummer 1 = 1.5
nummer één = 1.5
revolutionair = 1.5 -> nieuw
baanbrekend = 1.5 -> nieuw
ongeëvenaard = 1.5 -> sterk
ongekend
onverslaanbaar = 1.5
ongeslagen
gegarandeerd -> ontworpen om
{n}% gegarandeerd = 1.5
garantie op succes = 1.5
de enige = 0.5
als enige
enige echte
marktleider
toonaangevend
ultiem
perfect = 0.5
de snelste
de goedkoopste
de slimste
hoogste kwaliteit
topkwaliteit
snelstgroeiende = 1.5
meest innovatieve = 1.5
meest complete = 1.5
iedereen weet = 1.5 -> in mijn ervaring
iedereen weet dat = 1.5
altijd raak
werkt altijd
bewezen = 0.5
wetenschappelijk bewezen = 1.5
klinisch bewezen = 1.5
honderd procent zeker
wereldklasse
van wereldklasse
uniek = 0.5
uniek in nederland
ongelooflijke resultaten = 1.5
explosieve groei = 1.5
beter dan ooit
beter dan de rest = 1.5
niemand doet het beter = 1.5
game changer
gamechanger
next level
fenomenaal
wondermiddel = 1.5
het geheim van
geheim van succes = 1.5
zonder risico
risicoloos

@category evidence
bron
bronnen
bronvermelding = 1.5
zie bron = 1.5
onderzoek
wetenschappelijk onderzoek = 1.5
studie
een studie van = 1.5
onderzoekers van = 1.5
rapport
lees het rapport = 1.5
link naar het onderzoek = 1.5
link naar het rapport = 1.5
enquête
peiling
steekproef
respondenten
volgens onderzoek = 1.5
volgens het onderzoek = 1.5
volgens een studie = 1.5
volgens een rapport = 1.5
volgens het rapport = 1.5
volgens de cijfers = 1.5
volgens cijfers van = 1.5
volgens het cbs = 1.5
volgens experts
volgens deskundigen
volgens wetenschappers
volgens onderzoekers
cijfers
cijfers laten zien = 1.5
bekijk de cijfers = 1.5
data laat zien = 1.5
uit onderzoek blijkt = 1.5
blijkt uit
procent
statistiek*
cbs
gepubliceerd
gepubliceerd in = 1.5
analyse
meta-analyse = 1.5
meting
gemeten
resultaten laten zien = 1.5
bewijs
aantoonbaar
aangetoond
peer-reviewed = 1.5
referentie
voetnoot
factcheck = 1.5
feiten = 0.5
via = 0.5

@category company_bad
mijn baas is = 0.5
mijn baas is een idioot = 2
mijn baas is een sukkel = 2
mijn baas snapt er niks van = 2
mijn manager snapt er niks van = 2
hekel aan mijn werk = 2
hekel aan mijn baas = 2
hekel aan mijn baan = 2
haat mijn werk = 2
haat mijn baan = 2
haat mijn baas = 2
baal van mijn werk = 1.5
baal van mijn baas = 1.5
mijn werk is saai = 1.5
slechtste werkgever = 2
slechtste bedrijf = 2
slechte werkgever = 1.5
waardeloze werkgever = 2
waardeloze baas = 2
waardeloos bedrijf = 2
rotbedrijf = 2
kutbedrijf = 2
klotebedrijf = 2
kutbaas = 2
klotebaas = 2
kutbaan = 2
klotebaan = 2
rotbaan = 2
kutwerk = 2
klotewerk = 2
rotwerk = 1.5
management snapt er niks van = 2
management heeft geen idee = 2
directie heeft geen idee = 2
directie snapt er niks van = 2
de leiding snapt er niks van = 2
incompetent management = 2
ons product is waardeloos = 2
onze producten zijn waardeloos = 2
onze klanten zijn idioten = 2
klanten zijn dom = 2
domme klanten = 2
irritante klanten = 1.5
collega's zijn waardeloos = 2
irritante collega = 1.5
luie collega's = 1.5
klote collega's = 1.5
toxische werkomgeving = 2
toxische werkplek = 2
toxische cultuur = 2
giftige werksfeer = 2
onderbetaald = 1.5
uitgebuit = 1.5
ik neem ontslag = 1.5
ik kap ermee = 1.5
ik ben er klaar mee
chaos op het werk = 1.5
wat een puinhoop = 1.5
amateuristisch = 1.5
prutsers = 1.5
zinloze vergadering = 1.5
zoveelste reorganisatie = 1.5
weer een reorganisatie = 1.5
blij dat ik weg ben = 1.5
eindelijk weg bij = 1.5
weg bij dit bedrijf = 1.5
bedrijf gaat failliet = 1.5
#ikhaatmijnwerk = 2

@category conversation
wat vinden jullie = 1.5
wat vind jij = 1.5
wat vind je
wat denken jullie = 1.5
wat denk jij = 1.5
wat denk je
wat zou jij doen = 1.5
wat zou jij
wat zouden jullie
wat is jouw
wat is jullie
wat zijn jouw
wat mis ik = 1.5
hoe zien jullie dat = 1.5
hoe zie jij dat = 1.5
hoe kijk jij = 1.5
hoe kijken jullie = 1.5
hoe doen jullie
hoe doe jij
hoe gaan jullie om met = 1.5
hoe ga jij om met = 1.5
laat het weten = 1.5
laat het me weten = 1.5
laat het ons weten = 1.5
laat een reactie achter = 1.5
laat je reactie achter = 1.5
reageer hieronder = 1.5
in de comments
in de reacties
ik ben benieuwd = 1.5
benieuwd naar
ben benieuwd
benieuwd hoe
benieuwd wat
ik hoor het graag = 1.5
hoor graag
deel je ervaring = 1.5
deel jouw ervaring = 1.5
jouw ervaring
jullie ervaringen
iemand ervaring met = 1.5
herken jij
herken je
herkennen jullie
eens of oneens = 1.5
ben je het met me eens
heeft iemand
weet iemand
iemand tips
wie heeft = 0.5
tips welkom
feedback welkom = 1.5
aanvullingen welkom = 1.5
aanvullingen
graag jullie mening = 1.5
jullie mening
je mening
jouw mening
jouw visie
jouw kijk op
vraag aan jullie = 1.5
vraag aan mijn netwerk = 1.5
vraagje
wie denkt er mee = 1.5
wie wil meedenken = 1.5
meedenken
sparren = 1.5
ik leer graag van jullie = 1.5
discussie
het gesprek aangaan = 1.5
in gesprek
ben ik de enige
stem in de poll
stuur me een bericht
