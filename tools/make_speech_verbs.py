#!/usr/bin/env python3
"""Make, check and measure the speech-verb lexicons in rules/{de,en}/speech_verbs.toml.

The TOML files are the source of truth: a linguist edits them by hand. This script
only produced their first version from the compact lemma lists below (it inflects
the lemmas), checks that the files have the shape the loader expects, and measures
how many gold attribution cues of an annotated corpus the listed forms cover.

    python tools/make_speech_verbs.py --check              # validate both files
    python tools/make_speech_verbs.py --write [--force]    # (re)generate them
    python tools/make_speech_verbs.py --print de           # show what --write would write
    python tools/make_speech_verbs.py --coverage de FILE.jsonl [--misses]

--write refuses to overwrite a file that exists unless --force is given, because
that would throw away hand edits. To add a verb, edit the TOML file; if you also want
the generator to know it, add its lemma below.

Lemma lines (German), one per line, "#" starts a comment that is copied to the file:
    sagen                 a simple verb; weak unless its last part is in DE_STRONG
    an|kündigen           separable: "kündigt an", "ankündigt", "angekündigt", "anzukündigen"
    zum Ausdruck |bringen a noun+verb cue: "bringt zum Ausdruck", "zum Ausdruck bringt" ...
    bekannt|geben  both   separable; subordinate forms both fused and spaced
    umreißen  noge        no ge- in the participle although no known prefix says so
    lemma = form, form    an explicit list
English lemma lines: "say", "point out" (particle after the verb); irregular verbs
are in EN_IRREGULAR, verbs that double their last consonant in EN_DOUBLE.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATEGORIES = ("speech", "thought", "writing", "speech_act")

CATEGORY_COMMENTS = {
    "de": {
        "speech": "verbs of saying and of making a statement, and noun+verb cues "
        '("gab bekannt", "brachte zum Ausdruck", "ist der Meinung")',
        "thought": "verbs of thinking, believing, expecting, estimating that attribute a position",
        "writing": "verbs of writing, publishing and reporting",
        "speech_act": "narrated speech acts that attribute a position, often without "
        "a clause: warnen, kritisieren, fordern, dementieren ...",
    },
    "en": {
        "speech": "verbs of saying and of making a statement",
        "thought": "verbs of thinking, believing, expecting, estimating that attribute a position",
        "writing": "verbs of writing, publishing and reporting",
        "speech_act": "narrated speech acts that attribute a position, often without "
        "a clause: warn, criticize, demand, deny, reject, praise, condemn ...",
    },
}

HEADERS = {
    "de": """\
# German verbs of speech, thought and writing that attribute a statement or a
# position to a source ("sagte", "so Peskow" is elsewhere). Four tables: [speech],
# [thought], [writing], [speech_act]; each key is a lemma (infinitive), each value
# the list of its forms that a matcher looks for. A lemma is in one table only.
#
# This file is the source of truth: edit it by hand. tools/make_speech_verbs.py made
# the first version; `python tools/make_speech_verbs.py --check` validates it.
#
# How forms are written:
# - Present (ich/du/er, wir/sie), preterite (sg, pl, du), for strong and mixed verbs
#   also Konjunktiv II ("wiese", "spräche"), the past participle, the present
#   participle and the infinitive. Konjunktiv I er-forms equal the ich-form ("sage").
# - Separable verbs: the finite main-clause form is written with a space and the
#   particle last, "kündigte an" = finite "kündigte" ... "an" at the end of the
#   clause. Fused forms (subordinate clause "ankündigte", participle "angekündigt",
#   "anzukündigen") are listed as they are written.
# - Noun+verb cues work the same way: "bringt zum Ausdruck" in a main clause,
#   "zum Ausdruck bringt", "zum Ausdruck gebracht" elsewhere.
# - Reflexive verbs are listed without "sich" ("äußern" covers "äußerte sich").
# - Impersonal cues ("heißt es", "verlautete") are in attribution.toml.
#
# - Keys with letters outside A-Z are quoted, as TOML requires ("äußern").
# - Forms that are also a common noun, adjective or pronoun are left out and the
#   line says so ("frage"/Frage, "hinweise"/Hinweise, "äußerst", "meine").
#
# Deliberately left out as too ambiguous: sehen, geben, stehen, machen, finden,
# darstellen, befinden, entscheiden, angreifen, ansehen, verstehen, reagieren,
# anführen, einschränken, verbreiten; halten, zeigen, bestehen, teilen only in
# fixed phrases ("für möglich halten", "sich besorgt zeigen", "darauf bestehen",
# "die Meinung teilen").
""",
    "en": """\
# English verbs of speech, thought and writing that attribute a statement or a
# position to a source ("according to" is elsewhere). Four tables: [speech],
# [thought], [writing], [speech_act]; each key is a lemma, each value the list of
# its forms that a matcher looks for. A lemma is in one table only.
#
# This file is the source of truth: edit it by hand. tools/make_speech_verbs.py made
# the first version; `python tools/make_speech_verbs.py --check` validates it.
#
# How forms are written: base, 3rd person singular, past, past participle (when it
# differs), -ing: "tell", "tells", "told", "telling". Phrasal verbs keep the particle
# after the verb: "point out", "points out", "pointed out", "pointing out"; the
# particle may stand after an object in text ("pointed it out"). British spellings
# are listed with the American ones ("criticise", "signalled").
#
# Base and 3rd-singular forms that are mostly nouns are left out and the line says
# so ("questioned" is listed, "question(s)" is not).
#
# Deliberately left out as too ambiguous: see, get, make, go, put, show, find,
# understand, learn, want, plan, back, support, rule, decide, decline, release,
# issue, document, detail, order, consider.
""",
}

# ---------------------------------------------------------------------------
# German
# ---------------------------------------------------------------------------

# Strong, mixed and irregular base verbs. Keys: sg1 (default stem+e), sg2, sg3,
# pl (default: the infinitive), pret (sg), konj2 (list), part, konj1 (extra
# subjunctive forms). "/" separates variants.
DE_STRONG: dict[str, dict[str, str]] = {
    "sprechen": dict(
        sg2="sprichst", sg3="spricht", pret="sprach", konj2="spräche", part="gesprochen"
    ),
    "schreiben": dict(
        sg2="schreibst", sg3="schreibt", pret="schrieb", konj2="schriebe", part="geschrieben"
    ),
    "weisen": dict(sg2="weist", sg3="weist", pret="wies", konj2="wiese", part="gewiesen"),
    "werfen": dict(sg2="wirfst", sg3="wirft", pret="warf", konj2="würfe", part="geworfen"),
    "rufen": dict(sg2="rufst", sg3="ruft", pret="rief", konj2="riefe", part="gerufen"),
    "heißen": dict(sg2="heißt", sg3="heißt", pret="hieß", konj2="hieße", part="geheißen"),
    "raten": dict(sg2="rätst", sg3="rät", pret="riet", konj2="riete", part="geraten"),
    "bitten": dict(sg2="bittest", sg3="bittet", pret="bat", konj2="bäte", part="gebeten"),
    "schlagen": dict(
        sg2="schlägst", sg3="schlägt", pret="schlug", konj2="schlüge", part="geschlagen"
    ),
    "geben": dict(sg2="gibst", sg3="gibt", pret="gab", konj2="gäbe", part="gegeben"),
    "nennen": dict(sg2="nennst", sg3="nennt", pret="nannte", konj2="nennte", part="genannt"),
    "kennen": dict(sg2="kennst", sg3="kennt", pret="kannte", konj2="kennte", part="gekannt"),
    "denken": dict(sg2="denkst", sg3="denkt", pret="dachte", konj2="dächte", part="gedacht"),
    "bringen": dict(sg2="bringst", sg3="bringt", pret="brachte", konj2="brächte", part="gebracht"),
    "wenden": dict(
        sg2="wendest", sg3="wendet", pret="wandte/wendete", konj2="wendete", part="gewandt/gewendet"
    ),
    "wissen": dict(
        sg1="weiß",
        sg2="weißt",
        sg3="weiß",
        pret="wusste",
        konj2="wüsste",
        part="gewusst",
        konj1="wisse",
    ),
    "wollen": dict(
        sg1="will",
        sg2="willst",
        sg3="will",
        pret="wollte",
        konj2="wollte",
        part="gewollt",
        konj1="wolle",
    ),
    "lassen": dict(sg2="lässt", sg3="lässt", pret="ließ", konj2="ließe", part="gelassen"),
    "nehmen": dict(sg2="nimmst", sg3="nimmt", pret="nahm", konj2="nähme", part="genommen"),
    "halten": dict(sg2="hältst", sg3="hält", pret="hielt", konj2="hielte", part="gehalten"),
    "heben": dict(sg2="hebst", sg3="hebt", pret="hob", konj2="höbe", part="gehoben"),
    "streichen": dict(
        sg2="streichst", sg3="streicht", pret="strich", konj2="striche", part="gestrichen"
    ),
    "tragen": dict(sg2="trägst", sg3="trägt", pret="trug", konj2="trüge", part="getragen"),
    "lesen": dict(sg2="liest", sg3="liest", pret="las", konj2="läse", part="gelesen"),
    "stehen": dict(
        sg2="stehst", sg3="steht", pret="stand", konj2="stünde/stände", part="gestanden"
    ),
    "schließen": dict(
        sg2="schließt", sg3="schließt", pret="schloss", konj2="schlösse", part="geschlossen"
    ),
    "fahren": dict(sg2="fährst", sg3="fährt", pret="fuhr", konj2="führe", part="gefahren"),
    "streiten": dict(
        sg2="streitest", sg3="streitet", pret="stritt", konj2="stritte", part="gestritten"
    ),
    "befehlen": dict(
        sg2="befiehlst", sg3="befiehlt", pret="befahl", konj2="beföhle/befähle", part="befohlen"
    ),
    "empfehlen": dict(
        sg2="empfiehlst",
        sg3="empfiehlt",
        pret="empfahl",
        konj2="empföhle/empfähle",
        part="empfohlen",
    ),
    "schwören": dict(
        sg2="schwörst", sg3="schwört", pret="schwor", konj2="schwüre", part="geschworen"
    ),
    "preisen": dict(sg2="preist", sg3="preist", pret="pries", konj2="priese", part="gepriesen"),
    "wägen": dict(sg2="wägst", sg3="wägt", pret="wog", konj2="wöge", part="gewogen"),
    "reißen": dict(sg2="reißt", sg3="reißt", pret="riss", konj2="risse", part="gerissen"),
    "schelten": dict(
        sg2="schiltst", sg3="schilt", pret="schalt", konj2="schölte", part="gescholten"
    ),
    "ziehen": dict(sg2="ziehst", sg3="zieht", pret="zog", konj2="zöge", part="gezogen"),
    "kommen": dict(sg2="kommst", sg3="kommt", pret="kam", konj2="käme", part="gekommen"),
    "gehen": dict(sg2="gehst", sg3="geht", pret="ging", konj2="ginge", part="gegangen"),
    "werben": dict(sg2="wirbst", sg3="wirbt", pret="warb", konj2="würbe", part="geworben"),
    "schreien": dict(
        sg2="schreist", sg3="schreit", pret="schrie", konj2="schriee", part="geschrien"
    ),
    "finden": dict(sg2="findest", sg3="findet", pret="fand", konj2="fände", part="gefunden"),
    "sehen": dict(sg2="siehst", sg3="sieht", pret="sah", konj2="sähe", part="gesehen"),
    "treten": dict(sg2="trittst", sg3="tritt", pret="trat", konj2="träte", part="getreten"),
    "gleichen": dict(sg2="gleichst", sg3="gleicht", pret="glich", konj2="gliche", part="geglichen"),
    "fechten": dict(sg2="fichtst", sg3="ficht", pret="focht", konj2="föchte", part="gefochten"),
    "schieben": dict(sg2="schiebst", sg3="schiebt", pret="schob", konj2="schöbe", part="geschoben"),
    "tun": dict(sg2="tust", sg3="tut", pret="tat", konj2="täte", part="getan"),
    "sein": dict(
        sg1="bin",
        sg2="bist",
        sg3="ist",
        pl="sind",
        pret="war",
        konj2="wäre",
        part="gewesen",
        konj1="sei/seien",
    ),
}

# Prefixes that make a verb inseparable (no ge- in the participle). A separable
# particle is always marked with "|" in the lemma lists, so these are only checked
# on what stands right of the "|".
DE_INSEPARABLE = (
    "miss",
    "hinter",
    "wider",
    "wieder",
    "über",
    "unter",
    "emp",
    "ent",
    "ver",
    "zer",
    "be",
    "er",
    "ge",
)
# Weak verbs that start like an inseparable prefix but are not prefixed.
DE_NOT_PREFIXED = {"geißeln"}
# Weak verbs that end like a strong one: veranschlagte, beantragte.
DE_WEAK = {"veranschlagen", "beantragen", "beauftragen"}

DE_LEMMAS = {
    "speech": """
sagen
erklären
betonen
an|kündigen
mit|teilen
äußern  -äußere -äußerst  # "äußere", "äußerst" left out: the adjective and adverb
bekräftigen
beteuern
ein|räumen
erläutern
ergänzen
hervor|heben
unterstreichen
versichern  -versicherten  # "versicherten" left out: the noun "Versicherten"
zitieren
behaupten
bemerken
an|merken
hinzu|fügen
an|fügen
aus|führen  -ausführend
dar|legen
fest|stellen
fest|halten  # "hielt fest, dass"; also "detain", "hold on to"
klar|stellen
klar|machen  both
deutlich |machen
verdeutlichen
heraus|stellen
heraus|streichen
bekannt|geben  both
bekannt|machen  both
publik |machen
öffentlich |machen
verkünden
verlautbaren
verlauten |lassen
wissen |lassen
ausrichten |lassen
durchblicken |lassen
erzählen
reden  -rede  # "rede" left out: the noun "Rede"
sprechen
an|sprechen  -ansprechend
erwähnen
antworten  -antworten  # "antworten" left out: the noun "Antworten"
entgegnen
erwidern
kontern
replizieren
ein|wenden
ein|werfen  -einwürfe -einwürfen
dagegen|halten
entgegen|halten
fragen  -frage -fragen  # "frage", "fragen" left out: the noun "Frage(n)"
nach|fragen  -nachfrage  # "nachfrage" left out: the noun "Nachfrage"
erkundigen  # sich erkundigen
nach|haken
wissen |wollen  # "wollte wissen"
rufen  -rufe  # "rief er"; "rufe" left out: the noun
zu|rufen  -zurufe
schreien  -schreie
brüllen
flüstern
murmeln
raunen
stammeln
seufzen
stöhnen
skandieren
rezitieren
vor|lesen
verlesen
verraten
offenbaren  noge
gestehen
ein|gestehen
zu|gestehen
zu|geben  -zugaben
konzedieren
bekennen  -bekannt -bekannte -bekannten -bekennend  # "bekannt(e/n)" left out: the adjective
an|geben  -angaben  # "gab an, dass"; "angaben" left out: the noun "Angaben"
aus|sagen  -aussage -aussagen  # "aussage(n)" left out: the noun "Aussage"
nach|sagen  # "wird nachgesagt"
besagen
lauten  -laute -lauten -lautest  # "die Antwort lautete"; forms of the adjective "laut" left out
formulieren
aus|drücken  -ausdrücke
argumentieren
begründen
präzisieren
resümieren
bilanzieren
konstatieren
schildern
beschreiben
skizzieren
umreißen  noge
zusammen|fassen
verweisen  -verweise  # "verweise" left out: the noun
hin|weisen  -hinweise  # "hinweise" left out: the noun "Hinweise"
an|deuten
an|spielen
auf|zeigen
nahe|legen
suggerieren
insinuieren
kommentieren
informieren
übermitteln
beharren
insistieren
erinnern  # "erinnerte daran, dass"
wiederholen  -wiederholt  # "wiederholt" left out: the adverb "repeatedly"
referieren
dozieren
predigen  -predigt
proklamieren
beziffern  # "bezifferte den Schaden auf"
vor|rechnen
auf|werfen  # "warf die Frage auf"
vor|tragen
vor|bringen
nach|legen
nach|schieben
fort|fahren  # "fuhr fort"
wieder|geben
preis|geben
kund|tun
offen|legen
aus|plaudern
weis|machen
prahlen
brüsten  # sich brüsten
scherzen  -scherze
witzeln
poltern
unken
sinnieren
urteilen  -urteile  # "so urteilte"
zum Ausdruck |bringen
zu bedenken |geben
zu verstehen |geben
zu Protokoll |geben
in Aussicht |stellen
in Frage |stellen
infrage |stellen
Stellung |nehmen
zu Wort |melden  # "meldete sich zu Wort"
Angaben |machen
geltend |machen
aufmerksam |machen  # "machte darauf aufmerksam"
die Vermutung |äußern
Zweifel |äußern
Bedenken |äußern
Kritik |üben
Vorwürfe |erheben
Alarm |schlagen
Bilanz |ziehen
die Auffassung |vertreten
die Ansicht |vertreten
die Meinung |vertreten
den Standpunkt |vertreten
die Position |vertreten
die These |vertreten
der Meinung |sein
der Ansicht |sein
der Auffassung |sein
der Überzeugung |sein
zu dem Schluss |kommen
zum Schluss |kommen
zu dem Ergebnis |kommen
zum Ergebnis |kommen
bekunden
bezeugen
beichten
an|vertrauen  # "vertraute ihm an"
auf|zählen
thematisieren
konkretisieren
veranschaulichen
postulieren
schwadronieren
plaudern
philosophieren
berufen  -berufen  # "beruft sich auf"; "berufen" left out: "zum Minister berufen"
entgegen|setzen  # "setzte dem entgegen"
zu erkennen |geben
recht |geben  # "gab ihm recht"
zur Bedingung |machen
Wert |legen  # "legt Wert darauf"
die Prognose |wagen
die Meinung |teilen
die Ansicht |teilen
die Auffassung |teilen
die Einschätzung |teilen
die Sorge |teilen
Einspruch |erheben
den Beschluss |fassen
den Schluss |ziehen
in Erwägung |ziehen
zu dem Entschluss |kommen
zum Entschluss |kommen
den Verdacht |hegen
Zweifel |hegen
die These auf|stellen  # "stellte die These auf"
die Theorie auf|stellen
die Behauptung auf|stellen
""",
    "thought": """
glauben
meinen  -meine  # "meinte er" is often just "said"; "meine" left out: the pronoun
denken
nach|denken
vermuten
an|nehmen  -annahmen  # "nimmt an, dass"; also "accept"
davon aus|gehen
befürchten
fürchten
bangen
erwarten
hoffen
erhoffen
wünschen  # "wünscht sich, dass"
ahnen
schätzen  # "schätzt, dass"; also "appreciate"
ein|schätzen
rechnen  # attributes with "mit"/"damit": "rechnet damit, dass"
hoch|rechnen
veranschlagen
taxieren
prognostizieren
vorher|sagen  -vorhersage
voraus|sagen  -voraussage
prophezeien  noge
spekulieren
mutmaßen
argwöhnen
orakeln
bezweifeln
zweifeln
wissen
erkennen  # "erkannte, dass"; also "recognize"
ein|sehen
empfinden
betrachten  # "betrachtet X als"
erachten
werten  -werte -werten  # "wertete X als Erfolg"; "werte(n)" left out: the noun "Werte"
überlegen
erwägen
folgern
schlussfolgern
heraus|finden
zu|trauen
wähnen
wundern  # sich wundern
ab|wägen
errechnen
aus|rechnen  -ausgerechnet  # "ausgerechnet" left out: the adverb
beargwöhnen
für möglich |halten  # "hält es für möglich"
für unmöglich |halten
für wahrscheinlich |halten
für unwahrscheinlich |halten
für ausgeschlossen |halten
für denkbar |halten
für richtig |halten
für falsch |halten
für sinnvoll |halten
für notwendig |halten
für nötig |halten
für geboten |halten
überzeugt |sein  # "ist (fest davon) überzeugt"
zuversichtlich |sein
besorgt |sein
überzeugt |zeigen  # "zeigte sich überzeugt"
zuversichtlich |zeigen
optimistisch |zeigen
skeptisch |zeigen
besorgt |zeigen
zufrieden |zeigen
enttäuscht |zeigen
erleichtert |zeigen
empört |zeigen
überrascht |zeigen
""",
    "writing": """
schreiben
auf|schreiben
nieder|schreiben
zurück|schreiben
berichten  -berichte  # "berichte" left out: the noun "Berichte"
melden
vermelden
twittern
tweeten
posten  -posten  # "posten" left out: the noun "Posten"
bloggen
mailen
veröffentlichen
publizieren
ab|drucken
titeln  -titeln
notieren
vermerken
protokollieren
dokumentieren
verfassen
rezensieren
kolportieren
recherchieren  # "wie die Zeitung recherchierte"
enthüllen
auf|decken
erfahren  # "wie die Zeitung erfuhr"; also "experienced"
hervor|gehen  # "aus dem Bericht geht hervor, dass"; also "ging als Sieger hervor"
ergeben  # "eine Umfrage ergab"; also "sich ergeben"
simsen
tickern  # "tickerte dpa"
""",
    "speech_act": """
warnen
kritisieren
fordern
verlangen
dementieren
bestreiten
zurück|weisen
dämpfen  # "dämpfte die Hoffnungen"
bestätigen
loben
verurteilen  -verurteilten  # also a court's sentence; "verurteilten" left out: the noun
tadeln
rügen  -rüge
monieren
beanstanden
bemängeln
an|prangern
geißeln
attackieren
schelten
beschimpfen
verspotten
verhöhnen
spotten
lästern
schimpfen
wettern
meckern
jammern
klagen  -klage -klagen  # "klagte über"; also "to sue"; "klage(n)" left out: the noun
beklagen  -beklagten  # "beklagten" left out: the noun "Beklagten"
lamentieren
beschweren  # sich beschweren
empören  # sich empören
entrüsten  # sich entrüsten
mokieren  # sich mokieren
protestieren
widersprechen
ab|lehnen
ab|streiten
leugnen
verneinen
bejahen
zu|stimmen
bei|pflichten
befürworten
unterstützen  # also material support
aus|sprechen  -ausgesprochen  # "sprach sich für X aus"; "ausgesprochen" left out: the adverb
plädieren
appellieren
auf|rufen  -aufrufe
auf|fordern
drängen  -drängend
mahnen
ermahnen
an|mahnen
ein|fordern
pochen  # "pochte auf"
an|regen
vor|schlagen
empfehlen
raten  -rate -geraten  # "geraten" left out: "in Kritik geraten"
ab|raten
bitten  -bitte  # "bitte" left out: the adverb
ersuchen
beantragen
ermutigen
ermuntern
versprechen  -versprechen  # "versprechen" left out: the noun "Versprechen"
zu|sagen  -zusage -zusagen  # "zusage(n)" left out: the noun "Zusage"
zu|sichern
garantieren
geloben
schwören  -schwüre -schwüren
beschwören
drohen
an|drohen
beschuldigen  -beschuldigten  # "beschuldigten" left out: the noun "Beschuldigten"
bezichtigen
vor|werfen  -vorwürfe -vorwürfen  # "vorwürfe(n)" left out: the noun "Vorwürfe"
vor|halten
an|klagen  -anklage
verdächtigen  -verdächtige -verdächtigen  # forms that are the noun "Verdächtige(n)" left out
unterstellen
an|lasten
zu|schreiben  # "schrieb die Schuld X zu"
zu|weisen  # "wies die Schuld zu"
verantwortlich |machen
bezeichnen  -bezeichnend
nennen
titulieren
charakterisieren
relativieren
herunter|spielen
klein|reden
schön|reden
schlecht|reden
verharmlosen
beschönigen
ab|wiegeln
ab|winken  # "winkte ab"
beschwichtigen
korrigieren
berichtigen
richtig|stellen
widerrufen
zurück|rudern
an|zweifeln
hinterfragen
entkräften
untermauern
ab|kanzeln
ab|qualifizieren
ab|tun  # "tat die Vorwürfe als X ab"
verwerfen
aus|schließen  # "schloss aus"
brandmarken
verdammen  -verdammt  # "verdammt" left out: the curse
missbilligen
rühmen
preisen  -preise -preisen  # "preise(n)" left out: the noun "Preise"
würdigen
schwärmen
begrüßen  # also "greet"
applaudieren
gut|heißen
billigen
an|erkennen
beglückwünschen
gratulieren
danken  -danke
bedauern
entschuldigen  # sich entschuldigen
verteidigen
rechtfertigen
beschließen  # a body's decision
vereinbaren
einigen  -einige -einigen  # sich einigen; "einige(n)" left out: the determiner
werben  # "warb für"
an|weisen  -angewiesen  # "angewiesen" left out: "angewiesen auf"
an|ordnen
befehlen  -befehle
vergleichen  -verglichen -vergleiche  # "verglich X mit"; "verglichen" left out: "verglichen mit"
signalisieren
entgegen|treten  # "trat den Vorwürfen entgegen"
darauf |bestehen  # "bestand darauf, dass"
von sich |weisen  # "wies die Vorwürfe von sich"
beurteilen
bewerten
ein|stufen
an|kreiden
diffamieren
diskreditieren
verunglimpfen
verleumden
beleidigen
verteufeln
dämonisieren
an|preisen
propagieren
verfechten
stark |machen  # "machte sich für X stark"
negieren
widerlegen
bejubeln
flehen
höhnen
sticheln
frohlocken  noge
problematisieren
ab|stempeln
verständigen  # sich verständigen auf
unterbreiten  # "unterbreitete einen Vorschlag"
""",
}


def _split_variants(value: str) -> list[str]:
    return [v for v in value.split("/") if v]


def _weak_stem(inf: str) -> str:
    if inf.endswith(("eln", "ern")):
        return inf[:-1]
    if inf.endswith("en"):
        return inf[:-2]
    if inf.endswith("n"):
        return inf[:-1]
    raise ValueError(f"not a German infinitive: {inf}")


def _needs_e(stem: str) -> bool:
    """Whether endings -st/-t/-te need a linking e: antwort-e-t, rechn-e-t, widm-e-t."""
    if stem.endswith(("t", "d")):
        return True
    if len(stem) >= 3 and stem[-1] in "mn" and stem[-2] not in "aeiouäöüylrhmn":
        return True
    if len(stem) >= 3 and stem[-1] in "mn" and stem[-2] == "h" and stem[-3] in "c":
        return True  # rechnen, zeichnen
    return False


def _prefix_of(verb: str) -> str:
    if verb in DE_NOT_PREFIXED:
        return ""
    for p in DE_INSEPARABLE:
        if verb.startswith(p) and len(verb) - len(p) >= 4:
            return p
    return ""


def de_conjugate(verb: str, noge: bool = False) -> dict[str, list[str]]:
    """The forms of a verb without a separable particle, by slot."""
    base = max(
        (b for b in DE_STRONG if verb.endswith(b) and verb not in DE_WEAK), key=len, default=None
    )
    forms: dict[str, list[str]] = {}
    if base is not None:
        prefix = verb[: len(verb) - len(base)]
        if prefix and prefix not in DE_INSEPARABLE and not noge:
            raise ValueError(f"{verb}: unknown prefix {prefix!r}; mark a separable particle with |")
        entry = DE_STRONG[base]
        stem = _weak_stem(base)
        forms["sg1"] = [prefix + (entry.get("sg1") or stem + "e")]
        forms["sg2"] = [prefix + entry["sg2"]]
        forms["sg3"] = [prefix + entry["sg3"]]
        forms["pl"] = [prefix + (entry.get("pl") or base)]
        prets = _split_variants(entry["pret"])
        forms["pret"] = [prefix + p for p in prets]
        forms["pretpl"] = [prefix + (p + "n" if p.endswith("e") else p + "en") for p in prets]
        forms["pret2"] = [
            prefix + (p + "st" if p.endswith("e") else p + "est" if p[-1] in "sßtdz" else p + "st")
            for p in prets
        ]
        konj2 = _split_variants(entry["konj2"])
        forms["konj2"] = [prefix + k for k in konj2] + [prefix + k + "n" for k in konj2]
        konj1 = _split_variants(entry["konj1"]) if "konj1" in entry else [stem + "e"]
        forms["konj1"] = [prefix + k for k in konj1]
        parts = _split_variants(entry["part"])
        if prefix or noge:
            parts = [p[2:] if p.startswith("ge") else p for p in parts]
        forms["part"] = [prefix + p for p in parts]
        forms["presp"] = (
            [] if base == "sein" else [verb + "d" if verb.endswith("en") else stem + "end"]
        )
        forms["inf"] = [verb]
        return forms
    stem = _weak_stem(verb)
    e = "e" if _needs_e(stem) else ""
    s_end = stem.endswith(("s", "ß", "z", "x"))
    no_ge = noge or verb.endswith("ieren") or bool(_prefix_of(verb))
    sg1 = [stem + "e"]
    if verb.endswith("eln"):
        sg1 = [stem[:-2] + "le", stem + "e"]  # bezweifle, bezweifele
    forms["sg1"] = sg1
    forms["sg2"] = [stem + ("est" if e else "t" if s_end else "st")]
    forms["sg3"] = [stem + e + "t"]
    forms["pl"] = [verb]
    forms["pret"] = [stem + e + "te"]
    forms["pretpl"] = [stem + e + "ten"]
    forms["pret2"] = [stem + e + "test"]
    forms["konj2"] = []
    forms["konj1"] = [stem + "e"]
    forms["part"] = [("" if no_ge else "ge") + stem + e + "t"]
    forms["presp"] = [verb + "d"]
    forms["inf"] = [verb]
    return forms


FINITE = ("sg1", "sg2", "sg3", "pl", "pret", "pretpl", "pret2", "konj1", "konj2")


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def de_forms(spec: str) -> tuple[str, list[str]]:
    """(lemma, forms) for one lemma line of DE_LEMMAS (without its comment)."""
    words = spec.split()
    flags = {w for w in words if w in ("both", "noge")}
    body = " ".join(w for w in words if w not in flags)
    if "|" not in body:
        f = de_conjugate(body, noge="noge" in flags)
        order = (
            "sg1",
            "sg2",
            "sg3",
            "pl",
            "pret",
            "pretpl",
            "pret2",
            "konj1",
            "konj2",
            "part",
            "presp",
            "inf",
        )
        return body, _dedupe([x for slot in order for x in f[slot]])
    particle, verb = body.split("|")
    spaced = particle.endswith(" ")
    particle = particle.strip()
    f = de_conjugate(verb, noge="noge" in flags)
    joins = [" "] if spaced else [""]
    if "both" in flags:
        joins = ["", " "]
    finite = [x for slot in FINITE for x in f[slot]]
    out = [x + " " + particle for x in finite]  # main clause: particle last
    ersatz = spaced and verb in ("lassen", "wollen")  # "hat verlauten lassen"
    for j in joins:
        out += [particle + j + x for x in finite]
        out += [particle + j + x for x in (f["inf"] if ersatz else f["part"])]
        out += [particle + j + x for x in f["inf"]]
        out += [particle + ("zu" if j == "" else " zu ") + verb]
        if not spaced:
            out += [particle + j + x for x in f["presp"]]
    lemma = particle + ("" if not spaced else " ") + verb
    return lemma, _dedupe(out)


# ---------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------

# base -> (3sg, past, past participle); "/" separates variants.
EN_IRREGULAR: dict[str, tuple[str, str, str]] = {
    "say": ("says", "said", "said"),
    "tell": ("tells", "told", "told"),
    "foretell": ("foretells", "foretold", "foretold"),
    "speak": ("speaks", "spoke", "spoken"),
    "misspeak": ("misspeaks", "misspoke", "misspoken"),
    "write": ("writes", "wrote", "written"),
    "think": ("thinks", "thought", "thought"),
    "feel": ("feels", "felt", "felt"),
    "know": ("knows", "knew", "known"),
    "swear": ("swears", "swore", "sworn"),
    "foresee": ("foresees", "foresaw", "foreseen"),
    "forecast": ("forecasts", "forecast/forecasted", "forecast/forecasted"),
    "hit": ("hits", "hit", "hit"),
    "lay": ("lays", "laid", "laid"),
    "spell": ("spells", "spelled/spelt", "spelled/spelt"),
    "plead": ("pleads", "pleaded/pled", "pleaded/pled"),
    "broadcast": ("broadcasts", "broadcast", "broadcast"),
    "fight": ("fights", "fought", "fought"),
    "bet": ("bets", "bet", "bet"),
    "dream": ("dreams", "dreamed/dreamt", "dreamed/dreamt"),
    "take": ("takes", "took", "taken"),
    "speak out": ("speaks out", "spoke out", "spoken out"),
    "hold": ("holds", "held", "held"),
    "shoot back": ("shoots back", "shot back", "shot back"),
    "write back": ("writes back", "wrote back", "written back"),
}
# Verbs that double their final consonant before -ed/-ing.
EN_DOUBLE = {
    "admit",
    "commit",
    "regret",
    "rebut",
    "refer",
    "prefer",
    "confer",
    "infer",
    "concur",
    "omit",
    "submit",
    "slam",
    "quip",
    "snap",
    "jab",
    "blog",
    "fret",
    "abet",
    "stop",
    "spar",
    "sum",
    "brag",
    "pen",
    "dub",
    "beg",
    "extol",
    "shrug",
    "aver",
    "plan",
    "nag",
    "sob",
    "chat",
    "prod",
    "gab",
    "jot",
    "rap",
}
# Verbs with British -ll- beside American -l-.
EN_OUR_VARIANTS = {"favor"}  # British favour, favoured
EN_L_VARIANTS = {"signal", "label", "counsel", "level", "cancel", "model", "marvel"}

EN_LEMMAS = {
    "speech": """
say
tell
state  -state -states  # "state(s)" left out: the noun
declare
announce
add
explain
note
remark
comment
mention
observe
reply
respond
answer
retort
counter  -counter
ask
inquire
enquire
query
assert
claim
allege
argue
contend
maintain
insist
stress
emphasize
underline
underscore
highlight
point out
point to
reiterate
restate
repeat
reaffirm
acknowledge
admit
concede
confess
own up
disclose
reveal
divulge
confide
recall
recount  -recount -recounts
describe
outline
lay out
spell out
elaborate  -elaborate
clarify
specify
continue  # "he continued"
summarize
sum up
conclude
quip
joke
jest
tease
muse
mutter
murmur
mumble
whisper
shout
yell
scream
holler
bellow
hiss
exclaim
proclaim
pronounce
testify
affirm
aver
attest
assure
reassure
boast
brag
gloat
gush
rave
rant
moan
groan
sigh
stammer
stutter
chant
recite
quote
cite
echo
chime in
weigh in
pipe up
interject
speak
speak out
speak up
talk  -talk -talks  # "talks" left out: the noun
misspeak
brief  -brief -briefs
inform
notify
tell off
indicate
imply
insinuate
hint
suggest
allude
refer
reason  -reason -reasons
posit
opine
express  -express
convey
communicate
relay
profess
blurt out
marvel  -marvel -marvels
remind
invoke
articulate  -articulate
propound
riposte
postulate
avow
pontificate
""",
    "thought": """
believe
think
feel  # "felt that"
reckon
suppose
presume
assume
guess
suspect
imagine
expect
anticipate
hope
fear
worry
fret
doubt
wonder
know  # "knows that"
realize
remember
estimate
predict
forecast
foresee
foretell
envision
envisage
speculate
hypothesize
theorize
surmise
infer
deduce
deem
ponder
mull
conjecture
""",
    "writing": """
write
tweet
retweet
post  -post -posts  # "post(s)" left out: the noun
blog  -blog -blogs
publish
report
email  -email -emails
text  -text -texts
pen  -pen -pens
author  -author -authors
headline  -headline -headlines
editorialize
scrawl
scribble
jot down
write back
chronicle  -chronicle -chronicles
""",
    "speech_act": """
warn
caution  -caution -cautions
alert  -alert -alerts
criticize
condemn
denounce
decry
deplore
censure
fault  -fault -faults
blame
accuse
charge  -charge -charges  # also "charged with" a crime, and prices
attack  -attack -attacks  # also physical attacks; the noun left out
assail
slam
blast  -blast -blasts
lambaste
berate
scold
rebuke
reprimand
chide
chastise
castigate
excoriate
hit out
lash out
hit back
fire back
push back
call out
mock
ridicule
taunt
deride
belittle
disparage
scoff
sneer
question  -question -questions  # base and 3sg left out: the noun
challenge  -challenge -challenges
dispute  -dispute -disputes
contest  -contest -contests
contradict
deny
refute
rebut
reject
dismiss
downplay
play down
shrug off
brush off
brush aside
laugh off
rule out
retract
backtrack
walk back
apologize
regret
lament
bemoan
complain
grumble
gripe
protest  -protest -protests
object  -object -objects
fume  -fume -fumes
vent
agree
disagree
concur
praise
laud
hail
commend
applaud
welcome  -welcome  # the adjective left out
tout
extol
credit  -credit -credits
thank  -thanks  # "thanks" left out: "thanks to"
congratulate
endorse
advocate  -advocate -advocates
favor  -favor -favors -favour -favours
oppose
defend
justify
confirm
demand  -demand -demands
call  -call -calls  # "called X a liar"; also phone calls
call for
call on
call upon
urge
appeal  -appeal -appeals
implore
plead
beg
request  -request -requests
encourage
recommend
advise
propose
instruct
threaten
promise  -promise -promises
pledge  -pledge -pledges
vow  -vow -vows
swear
guarantee  -guarantee -guarantees
vouch
refuse  # "refused to comment"
characterize
portray
label  -label -labels
dub
signal  -signal -signals
liken
compare  # "compared X to"
equate
rail against
compliment  -compliment -compliments
champion  -champion -champions
pooh-pooh
moralize
spar
seethe
bristle
balk
quibble
carp
whine
grouse
salute
enthuse
exult
corroborate
repudiate
disavow
renounce
recant
rebuff
spurn
bash
upbraid
admonish
exhort
beseech
harangue
heckle
jeer
lampoon
brand  -brand -brands
term  -term -terms
decree
shoot back
push for
press for
dissent  -dissent -dissents
fulminate
""",
}


def _en_regular(verb: str) -> tuple[list[str], list[str], list[str]]:
    """(3sg, past, -ing) of a regular English verb."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb in EN_DOUBLE:
        past, ing = [verb + verb[-1] + "ed"], [verb + verb[-1] + "ing"]
    elif verb in EN_L_VARIANTS:
        past = [verb + "ed", verb + "led"]
        ing = [verb + "ing", verb + "ling"]
    elif verb.endswith("ee"):
        past, ing = [verb + "d"], [verb + "ing"]
    elif verb.endswith("e"):
        past, ing = [verb + "d"], [verb[:-1] + "ing"]
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        past, ing = [verb[:-1] + "ied"], [verb + "ing"]
    else:
        past, ing = [verb + "ed"], [verb + "ing"]
    return [third], past, ing


def en_forms(lemma: str) -> list[str]:
    if lemma in EN_IRREGULAR:
        head, rest = lemma, ""
    else:
        head, _, rest = lemma.partition(" ")
    variants = [head]
    if head.endswith("ize"):
        variants.append(head[:-3] + "ise")
    if head in EN_OUR_VARIANTS:
        variants.append(head[:-2] + "our")
    out: list[str] = []
    tail = (" " + rest) if rest else ""
    for v in variants:
        if v in EN_IRREGULAR:
            third, past, part = EN_IRREGULAR[v]
            thirds, pasts, parts = [third], past.split("/"), part.split("/")
            ing = [_en_regular(v.split()[0])[2][0] + v[len(v.split()[0]) :]]
            if v.split()[0] in ("hit", "bet"):
                ing = [v.split()[0] + v.split()[0][-1] + "ing" + v[len(v.split()[0]) :]]
            if v.split()[0] == "lay":
                ing = ["laying"]
            out += [v] + thirds + pasts + parts + ing
        else:
            reg_third, reg_past, reg_ing = _en_regular(v)
            out += [v] + reg_third + reg_past + reg_ing
    return _dedupe([x + tail for x in out])


# ---------------------------------------------------------------------------
# Rendering, checking, measuring
# ---------------------------------------------------------------------------


def _lines(block: str) -> list[tuple[str, set[str], str]]:
    """(spec, forms to leave out, comment) for each lemma line of a block."""
    out: list[tuple[str, set[str], str]] = []
    for raw in block.strip().splitlines():
        spec, _, comment = raw.partition("#")
        if "=" in spec:
            out.append((spec.strip(), set(), comment.strip()))
            continue
        words = spec.split()
        drop = {w[1:] for w in words if w.startswith("-")}
        spec = " ".join(w for w in words if not w.startswith("-"))
        if spec:
            out.append((spec, drop, comment.strip()))
    return out


def build(lang: str) -> dict[str, list[tuple[str, list[str], str]]]:
    lemmas = DE_LEMMAS if lang == "de" else EN_LEMMAS
    result: dict[str, list[tuple[str, list[str], str]]] = {}
    seen: set[str] = set()
    for category in CATEGORIES:
        entries = []
        for spec, drop, comment in _lines(lemmas[category]):
            if "=" in spec:
                lemma, _, listed = spec.partition("=")
                lemma, forms = lemma.strip(), [f.strip() for f in listed.split(",")]
            elif lang == "de":
                lemma, forms = de_forms(spec)
            else:
                lemma, forms = spec, en_forms(spec)
            if lemma in seen:
                raise ValueError(f"{lang}: lemma {lemma!r} listed twice")
            unknown = drop - set(forms)
            if unknown:
                raise ValueError(f"{lang}: {lemma}: forms to leave out not generated: {unknown}")
            forms = [f for f in forms if f not in drop]
            seen.add(lemma)
            entries.append((lemma, forms, comment))
        result[category] = entries
    return result


def _key(lemma: str) -> str:
    return (
        lemma if re.fullmatch(r"[A-Za-z0-9_-]+", lemma) else json.dumps(lemma, ensure_ascii=False)
    )


def render(lang: str) -> str:
    parts = [HEADERS[lang]]
    for category, entries in build(lang).items():
        parts.append(f"\n[{category}]  # {CATEGORY_COMMENTS[lang][category]}\n")
        for lemma, forms, comment in entries:
            values = ", ".join(json.dumps(f, ensure_ascii=False) for f in forms)
            line = f"{_key(lemma)} = [{values}]"
            if comment:
                line += f"  # {comment}"
            parts.append(line + "\n")
    return "".join(parts)


def check_file(path: Path) -> list[str]:
    """Problems with one speech_verbs.toml file; empty when it is fine."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return [f"{path}: cannot read as TOML: {exc}"]
    problems = []
    unknown = set(data) - set(CATEGORIES)
    if unknown:
        problems.append(
            f"{path}: unknown tables {sorted(unknown)} (known: {', '.join(CATEGORIES)})"
        )
    where: dict[str, str] = {}
    for category in CATEGORIES:
        table = data.get(category)
        if not isinstance(table, dict) or not table:
            problems.append(f"{path}: [{category}] is missing or empty")
            continue
        for lemma, forms in table.items():
            name = f"{path}: [{category}] {lemma}"
            if not lemma.strip():
                problems.append(f"{name}: empty lemma")
            if lemma in where:
                problems.append(f"{name}: lemma also in [{where[lemma]}]")
            where[lemma] = category
            if not isinstance(forms, list) or not forms:
                problems.append(f"{name}: expected a non-empty list of forms")
                continue
            for i, form in enumerate(forms):
                if not isinstance(form, str) or not form.strip():
                    problems.append(f"{name}[{i}]: empty or not a string: {form!r}")
                elif form != form.strip() or "  " in form:
                    problems.append(f"{name}[{i}]: stray spaces in {form!r}")
            dupes = [f for f, n in Counter(forms).items() if n > 1]
            if dupes:
                problems.append(f"{name}: forms listed twice: {dupes}")
    return problems


def _cue_forms(path: Path) -> tuple[set[str], list[list[str]]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    single, multi = set(), []
    for table in data.values():
        for forms in table.values():
            for form in forms:
                toks = form.lower().split()
                if len(toks) == 1:
                    single.add(toks[0])
                else:
                    multi.append(toks)
    return single, multi


# Cue words that are not verbs: prepositions and adverbs ("laut", "zufolge",
# "according to"), auxiliaries, pronouns, punctuation. A gold cue made only of
# these (plus nouns, in German the capitalised words inside a sentence) is not
# counted as a verb cue.
NON_VERB = set(
    """
nach laut so zufolge wie demnach danach gemäß mit als vor aus auf von über an zu für dafür damit
darauf davon dazu darum daran wonach hatte hat haben hatten habe wird wurde wurden werden ist war
sind waren sei seien es sich den der die das dem des ein eine einer einem einen in im bei zum zur
und auch nicht noch dabei folge worten wörtlich hier heute
according to in : ― -- — by from as of about with at on per the a an it is was were be been has
have had also then now often later first friday monday tuesday wednesday thursday saturday sunday
""".split()
)


def coverage(lang: str, corpus: Path, show_misses: bool) -> None:
    single, multi = _cue_forms(ROOT / "rules" / lang / "speech_verbs.toml")
    heads: dict[str, list[list[str]]] = {}
    for words in multi:
        heads.setdefault(words[0], []).append(words[1:])
    total = verbal = covered = 0
    misses: Counter[str] = Counter()
    for line in corpus.open(encoding="utf-8"):
        doc = json.loads(line)
        text = doc["text"]
        sentences = doc.get("sentences") or []
        starts = {s for s, _ in sentences}
        for quote in doc["quotes"]:
            spans = quote.get("cue") or []
            if not spans:
                continue
            total += 1
            toks: list[tuple[str, int]] = []
            for s, e in spans:
                for m in re.finditer(r"\w+(?:[-’']\w+)*|[^\w\s]", text[s:e]):
                    toks.append((m.group(), s + m.start()))
            content = []
            for tok, pos in toks:
                low = tok.lower()
                noun = (
                    lang == "de" and tok[:1].isupper() and pos not in starts and low not in single
                )
                if low in NON_VERB or noun or not re.search(r"\w", tok):
                    continue
                content.append((low, pos))
            if not content:
                continue
            verbal += 1
            # covered: a content word is a one-word form, or any cue word starts a
            # multiword form whose other words follow in the same sentence
            # ("kündigte ... an", "zu dem Schluss gekommen")
            hit = any(low in single for low, _ in content)
            for tok, pos in toks:
                for rest in heads.get(tok.lower(), []):
                    end = min((e for s, e in sentences if s <= pos < e), default=pos + 400)
                    window = re.findall(r"\w+", text[pos : max(end, pos + 1)].lower())[1:]
                    if all(r in window for r in rest):
                        hit = True
            if hit:
                covered += 1
            else:
                misses[" ".join(text[s:e] for s, e in spans)] += 1
    print(
        f"{corpus}: {total} gold cues, {verbal} with a verb-like word, "
        f"{covered} covered ({covered / max(verbal, 1):.1%})"
    )
    if show_misses:
        for cue, n in misses.most_common():
            print(f"{n:4d}  {cue}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--check", action="store_true", help="validate rules/{de,en}/speech_verbs.toml")
    ap.add_argument("--write", action="store_true", help="generate the files from the lists here")
    ap.add_argument("--force", action="store_true", help="with --write: overwrite existing files")
    ap.add_argument("--print", dest="show", choices=("de", "en"), help="print one generated file")
    ap.add_argument(
        "--coverage",
        nargs=2,
        metavar=("LANG", "JSONL"),
        help="share of gold cues in an attribution corpus that the forms cover",
    )
    ap.add_argument("--misses", action="store_true", help="with --coverage: list uncovered cues")
    args = ap.parse_args(argv)
    if not (args.check or args.write or args.show or args.coverage):
        ap.print_help()
        return 2
    status = 0
    if args.show:
        sys.stdout.write(render(args.show))
    if args.write:
        for lang in ("de", "en"):
            target = ROOT / "rules" / lang / "speech_verbs.toml"
            if target.exists() and not args.force:
                print(f"{target} exists; not overwritten (use --force)", file=sys.stderr)
                status = 1
                continue
            target.write_text(render(lang), encoding="utf-8")
            print(f"wrote {target}")
    if args.check:
        for lang in ("de", "en"):
            path = ROOT / "rules" / lang / "speech_verbs.toml"
            problems = check_file(path)
            for p in problems:
                print(p, file=sys.stderr)
            if problems:
                status = 1
            else:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
                counts = ", ".join(f"{c} {len(data[c])}" for c in CATEGORIES)
                print(
                    f"{path.relative_to(ROOT)}: ok ({counts}; "
                    f"{sum(len(data[c]) for c in CATEGORIES)} lemmas)"
                )
    if args.coverage:
        lang, corpus = args.coverage
        coverage(lang, Path(corpus), args.misses)
    return status


if __name__ == "__main__":
    sys.exit(main())
