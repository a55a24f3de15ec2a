# Beroepen: zeggen wat je voor je werk doet is de professionele kant van een post, ook in
# een persoonlijke toon ("mijn laatste dienst als verpleegkundige op de IC", "ik ben
# UX-designer"). Een mild signaal (0.5) voor het kale woord, want "de verpleegkundige was
# lief" of "onze architect" komen ook in het dagelijks leven voor; vol gewicht voor
# functietitels die buiten het werk niemand gebruikt. Bewust weggelaten: vakmensen en
# diensten die mensen thuis inhuren (loodgieter, kapper, tandarts, huisarts, dierenarts).

@category career
verpleegkundige = 0.5
ic-verpleegkundige
wijkverpleegkundige
ambulanceverpleegkundige
apotheker = 0.5
fysiotherapeut = 0.5
chirurg = 0.5
arts-assistent
docent = 0.5
leerkracht = 0.5
leraar = 0.5
lerares = 0.5
onderwijzer = 0.5
onderzoeker = 0.5
wetenschapper = 0.5
hoogleraar = 0.5
praktijkopleider
programmeur = 0.5
softwareontwikkelaar = 0.5
promovendus
ingenieur = 0.5
engineer = 0.5
ontwikkelaar = 0.5
developer = 0.5
ontwerper = 0.5
designer = 0.5
ux-designer
ux designer
architect = 0.5
consultant = 0.5
adviseur = 0.5
accountant = 0.5
advocaat = 0.5
jurist = 0.5
analist = 0.5
journalist = 0.5
copywriter
freelancer = 0.5
timmerman = 0.5
elektricien = 0.5
chef-kok
projectleider
projectmanager
productowner
product owner
scrum master
accountmanager
salesmanager
teamleider
afdelingshoofd
diensthoofd
leidinggevende = 0.5
beleidsmedewerker
beleidsadviseur
jeugdwerker = 0.5
eigen zaak
eigen kapsalon
eigen praktijk

# Ronde 3: stemmen die een tech- of marketingcorpus mist. Vakmensen op de bouw, wie
# schoonmaakt of vogels telt voor zijn werk, de boer en de notaris. Mild (0.5): "de
# schoonmaker" of "de notaris" komen ook thuis voor.
metselaar = 0.5
stukadoor = 0.5
tegelzetter = 0.5
dakdekker = 0.5
voeger = 0.5
bouwvakker = 0.5
schoonmaker = 0.5
schoonmaakster = 0.5
glazenwasser = 0.5
ecoloog = 0.5
bioloog = 0.5
boswachter = 0.5
melkveehouder = 0.5
akkerbouwer = 0.5
veehouder = 0.5
notaris = 0.5
kandidaat-notaris
dominee = 0.5
predikant = 0.5
pastoor = 0.5

# Ronde 4: de beroepen van alledag die nog ontbraken: vervoer en logistiek, zorg en
# welzijn, horeca en winkel, techniek en werkplaats, recht en bestuur, cultuur en
# geloof, en wie een Vlaamse zaak runt (zaakvoerder, uitbater). Mild (0.5) waar het woord
# ook thuis valt ("de monteur kwam", "de chauffeur was aardig"); vol gewicht voor titels
# die alleen op het werk vallen. Een samenstelling die hier niet staat telt via haar
# laatste deel ("vrachtwagenchauffeur" als "chauffeur", op de helft). Bewust weggelaten:
# "piloot" (de ramp van maart 2015 in de geotweets), "agent" en "kok" (andere betekenissen),
# "juf" en "meester" (ouders die over school praten), "boer" (ook een scheldwoord),
# "rechter" (stam van "rechterkant"), "automonteur" (een #automonteur-grap op TikTok is
# persoonlijk; via "monteur" telt het woord nog op de helft). "verzorgende" staat exact:
# de stam "verzorg" is ook "verzorgen" thuis. "verloskundige" blijft baby (personal.lex).
chauffeur = 0.5
buschauffeur = 0.5
vrachtwagenchauffeur = 0.5
taxichauffeur = 0.5
gezagvoerder
first officer
steward = 0.5
stewardess = 0.5
machinist = 0.5
treinmachinist
postbode = 0.5
pakketbezorger = 0.5
bezorger = 0.5
orderpicker
magazijnmedewerker
vakkenvuller = 0.5
kassamedewerker = 0.5
barista = 0.5
serveerster = 0.5
uitbater = 0.5
zaakvoerder
"verzorgende" = 0.5
zorgmedewerker
begeleider = 0.5
jongerenwerker
ambulancebroeder
doktersassistent
tandartsassistent
mondhygiënist = 0.5
logopedist = 0.5
ergotherapeut = 0.5
psycholoog = 0.5
psychiater = 0.5
therapeut = 0.5
laborant
politieagent = 0.5
brandweerman = 0.5
beveiliger = 0.5
monteur = 0.5
installateur = 0.5
lasser = 0.5
procesoperator
hovenier = 0.5
makelaar = 0.5
hypotheekadviseur
belastingadviseur
controller = 0.5
deurwaarder = 0.5
griffier
receptioniste = 0.5
secretaresse = 0.5
kaderlid
vakbondsbestuurder
restaurateur = 0.5
conservator
bibliothecaris = 0.5
archivaris
