# Dutch words for the pre-share checklist: claims that need backing up, evidence that
# backs them, speaking badly of one's own company, invitations to a conversation.

@category superlative
beste
de beste
allerbeste
grootste
nummer 1
nummer één
revolutionair -> nieuw
baanbrekend -> nieuw
ongeëvenaard -> sterk
ongekend
gegarandeerd -> ontworpen om
100% gegarandeerd
de enige
marktleider
toonaangevend
ultiem
perfect
de snelste
de goedkoopste
de slimste
iedereen weet -> in mijn ervaring
iedereen weet dat
altijd raak
werkt altijd
bewezen
wereldklasse
van wereldklasse
uniek in nederland
ongelooflijke resultaten
game changer
gamechanger

@category evidence
bron
bronnen
onderzoek
studie
rapport
enquête
peiling
volgens
cijfers
de cijfers
cijfers laten zien
data laat zien
uit onderzoek blijkt
blijkt uit
procent
statistiek*
gepubliceerd
analyse
meting
gemeten
resultaten laten zien
bewijs
via

@category company_bad
mijn baas is een idioot
mijn baas is een sukkel
mijn baas snapt er niks van
hekel aan mijn werk
hekel aan mijn baas
haat mijn werk
haat mijn baan
slechtste werkgever
slechtste bedrijf
waardeloze werkgever
waardeloos bedrijf
kutbaan
kutwerk
rotbaan
management snapt er niks van
management heeft geen idee
directie heeft geen idee
ons product is waardeloos
onze klanten zijn idioten
collega's zijn waardeloos
toxische werkomgeving
toxische cultuur
onderbetaald
ik neem ontslag
ik kap ermee
chaos op het werk

@category conversation
wat vinden jullie
wat vind jij
wat vind je
wat denken jullie
wat denk jij
wat denk je
laat het weten
laat het me weten
laat het ons weten
ik ben benieuwd
benieuwd naar
ben benieuwd
deel je ervaring
deel jouw ervaring
jouw ervaring
jullie ervaringen
reageer hieronder
laat een reactie achter
hoe doen jullie
hoe doe jij
hoe kijk jij
herken jij
herkennen jullie
eens of oneens
wie heeft
tips welkom
feedback welkom
graag jullie mening
jullie mening
je mening
stuur me een bericht
