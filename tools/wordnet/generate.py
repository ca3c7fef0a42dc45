#!/usr/bin/env python3
"""Generate figcheck's WordNet data: data/wordnet/nouns.txt, verbs.txt and nominals.txt.

Reads the WordNet 3.0 database files (Debian package wordnet-base: /usr/share/wordnet) with the
standard library only, and writes sorted, deterministic text that src/wordnet/ embeds.

    python3 tools/wordnet/generate.py [--wordnet DIR] [--out DIR]

nouns.txt is the noun hypernym graph, pruned to what figcheck asks about (see RULE below), with
each lemma's minor senses (not among its most frequent, see PRIMARY_RATIO) marked;
verbs.txt is every single-word verb lemma with its irregular forms and its noun/verb ambiguity;
nominals.txt maps a noun naming an act or event to the verb it nominalizes (see NOMINAL_RULE).
The file formats are described in each file's header, and the database format in wndb(5).
"""

import argparse
import collections
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "..", "data", "wordnet"))

# The broad classes figcheck counts in news, each the union of the WordNet subtrees under its
# roots (synsets named lemma.n.NN, NN the sense number in index.noun). The first root is the
# synset the class is named after: as a total it takes the whole class ("bomb" fits "weapon").
CLASSES = [
    ("person", ["person.n.01"]),
    ("animal", ["animal.n.01"]),
    # buses and trains are public transport in WordNet, not vehicles
    ("vehicle", ["vehicle.n.01", "public_transport.n.01"]),
    # homes are dwellings, factories building complexes, in WordNet
    ("building", ["building.n.01", "dwelling.n.01", "building_complex.n.01"]),
    # bombs and grenades are weaponry and explosive devices, not weapons, in WordNet
    ("weapon", ["weapon.n.01", "weaponry.n.01", "explosive_device.n.01"]),
    ("organization", ["organization.n.01"]),
    # islands, continents and peninsulas are land, not locations, in WordNet
    ("place", ["location.n.01", "land.n.04"]),
    # dead bodies ("12 bodies", "corpse", "remains"), not body.n.01, the organic structure
    ("body", ["body.n.03"]),
    ("event", ["event.n.01"]),
    # monetary units ("dollar") and money and currency ("banknote", "coin")
    ("money", ["money.n.01", "monetary_unit.n.01", "medium_of_exchange.n.01"]),
    # "year" and "week" are time periods in WordNet, "hour" and "minute" time units
    ("time", ["time_unit.n.01", "time_period.n.01"]),
    # units of measurement ("kilometre", "tonne"); monetary units are among them in WordNet
    ("unit", ["unit_of_measurement.n.01"]),
]

# Instances (named individuals) are kept only under these classes: named places and
# organizations ("Pakistan", "Paris", "NATO") can be counted; famous people would only add
# names such as "Job" or "Mark" as persons.
INSTANCE_CLASSES = {"place", "organization"}

# The tops that fit nearly every noun: everything within TOP_DEPTH hypernym links of entity.n.01
# (physical entity, abstraction, thing, object, matter, causal agent, group, relation,
# attribute, measure, ...) and whole.n.02, the object that every artefact and living thing is.
TOP_DEPTH = 2
EXTRA_TOPS = ["whole.n.02"]

# Demonyms WordNet has only as adjectives ("Bosnian") hang under this synset.
DEMONYM_PARENT = "inhabitant.n.01"

MAX_WORDS = 2

# A lemma's primary senses, those of its most frequent reading(s): the first of its senses in
# index.noun (ordered by SemCor frequency), and any later one that SemCor (cntlist.rev) tags at
# least 1/PRIMARY_RATIO as often as the first. "count" (the number, 4; the act, 4; the nobleman,
# 0) is no person; "gun" (72, 25, gunman 0) a weapon; "victim" (8, 4) both its person senses.
# The other senses are minor, marked in nouns.txt (fewer than the primary: about one sense in five).
PRIMARY_RATIO = 2

INSTANCES = " and ".join(sorted(INSTANCE_CLASSES))
RULE = f"""\
# Kept: a noun sense (lemma, synset) when the lemma has at most {MAX_WORDS} words and the synset is
#   - in the subtree of a class root below, or
#   - a sense attested in SemCor (nonzero count in cntlist.rev), or
#   - a hypernym of a kept synset (so that every ancestor can be asked about as a total);
#   instance synsets (named individuals) only in the classes {INSTANCES}.
# Dropped: the tops within {TOP_DEPTH} hypernym links of entity.n.01, and {", ".join(EXTRA_TOPS)}
#   (entity, object, thing, matter, group, relation, attribute, measure, ...): they fit nearly
#   every noun, so they are never ancestors; synsets left with no lemma are spliced out.
# Added: demonyms WordNet has only as adjectives: a capitalised adjective that is a pertainym of
#   a capitalised noun synset in the place class ("Bosnian": of Bosnia), when the word has no
#   kept noun sense in the person class, becomes a proper noun sense under {DEMONYM_PARENT}.
"""

# Nominalizations: a noun that names an act or event maps to the verb it nominalizes ("arrest" ->
# arrest, "death" -> die, "election" -> elect), so that "17 arrests" and "four deaths" bind to an
# event. Acts and happenings are event.n.01 (act.n.02, the acts, is under it); physical processes
# ("growth", "erosion", "decline") are process.n.06, less phenomenon.n.01, where WordNet files
# "light", "force", "effect" and "smoke".
NOMINAL_ROOTS = ["event.n.01", "process.n.06"]
NOMINAL_EXCLUDED = ["phenomenon.n.01"]
# A noun whose more frequent sense is a thing or a group counts those, not events: "building"
# (a structure before the act of building), "party", "government", "location".
NOMINAL_BLOCKERS = ["physical_entity.n.01", "group.n.01"]
# A verb formed from the noun is no verb the noun nominalizes: "crime" -> criminalise, "scandal"
# -> scandalize, "concert" -> concertize, "gesture" -> gesticulate.
DENOMINAL_SUFFIXES = ("ize", "ise", "ify", "fy", "ate")
# A verb SemCor tags at most a tenth as often as the noun (an untagged verb counting as one) is a
# rare verb made from a noun in use: "job" -> job ("work occasionally"), "war" -> war, "event"
# -> eventuate, "attitude" -> attitudinise.
RARE_VERB_RATIO = 10
# Pairs WordNet 3.0 lacks, added by hand: no sense of "sale" has a derivational pointer (its act
# senses are kinds of "selling", which has).
EXTRA_NOMINALS = {"sale": "sell"}
# Pairs dropped by hand: WordNet links a rare sense of the noun to a sense of the verb that the
# noun's common sense does not name the act of ("vacation", time off, is no vacating; medical
# "procedures" no proceeding; "installments" are payments).
DROPPED_NOMINALS = {
    "installment": "install",
    "probation": "probate",
    "procedure": "proceed",
    "recreation": "recreate",
    "vacation": "vacate",
}
# Single words, lower case; a hyphen may join parts ("re-entry" -> re-enter).
NOMINAL_WORD = re.compile(r"[a-z]+(-[a-z]+)*")


def comment(text):
    """Text as comment lines of at most 100 characters; a "noun -> verb" pair is not broken."""
    text = " ".join(text.split()).replace(" -> ", "\xa0->\xa0")  # textwrap splits ASCII spaces only
    lines = textwrap.wrap(text, 98, initial_indent="# ", subsequent_indent="#   ")
    return "\n".join(lines).replace("\xa0", " ")


PRIMARY_RULE = f"""Primary: a lemma's primary senses are those of its most frequent reading(s), its
common-noun and its proper-noun senses ranked apart, in index.noun's order (by SemCor frequency;
named individuals dropped above do not rank): the first, and any later one SemCor tags (count in
cntlist.rev) at least 1/{PRIMARY_RATIO} as often, when the first has a count. The other kept senses
are minor: "count" is the number (4) and the act (4), a nobleman (0) only in a minor sense. A lemma
whose primary sense is dropped (a top, say) has only minor ones. Derived demonyms are primary."""


def pairs(table):
    return ", ".join(f"{n} -> {v}" for n, v in sorted(table.items()))


NOMINAL_HAND = f"""By hand: added, as WordNet 3.0 lacks them, {pairs(EXTRA_NOMINALS)}; dropped, as
they link a rare sense of the noun, {pairs(DROPPED_NOMINALS)}."""
NOMINAL_RULE = f"""\
# A noun maps to a verb when, taking its common-noun senses in WordNet's order (most frequent in
# SemCor first), the first sense under {" or ".join(NOMINAL_ROOTS)} (not under
#   {", ".join(NOMINAL_EXCLUDED)}) with a derivational pointer ("+") from this very word to a
#   verb word gives that verb ("death" -> die, by the pointer from "death", not "decease"), and
#   - no sense before it is a thing or a group (under {" or ".join(NOMINAL_BLOCKERS)}, not a
#     process): "building", a structure first, does not map;
#   - the verb is not formed from the noun: longer than it and ending in
#     -{", -".join(DENOMINAL_SUFFIXES)} ("crime" -> criminalise is dropped);
#   - SemCor (cntlist.rev) tags the noun fewer than {RARE_VERB_RATIO} times as often as the verb,
#     an untagged verb counting as once: "job" -> job and "war" -> war are dropped.
# Of several verbs of that sense: the one SemCor tags most, then the one sharing the longest
#   prefix with the noun ("hospitalization" -> hospitalize, not hospitalise), then the first.
# Nouns and verbs are single words, lower case.
{comment(NOMINAL_HAND)}
"""


def read_data(path):
    """Synsets of a data.* file: offset -> (lex_filenum, [(word, lex_id)], [pointer]), a pointer
    being (symbol, target offset, pos, source word number, target word number); the word numbers
    are 0 for a pointer between whole synsets, and count from 1 in the synset's word list."""
    synsets = {}
    with open(path, encoding="ascii") as f:
        for line in f:
            if line.startswith("  "):  # licence header
                continue
            fields = line.split(" | ", 1)[0].split()
            offset, lex_filenum = fields[0], int(fields[1])
            w_cnt = int(fields[3], 16)
            words = []
            i = 4
            for _ in range(w_cnt):
                word = fields[i].split("(", 1)[0]  # adjective markers: "(a)", "(p)", "(ip)"
                words.append((word, int(fields[i + 1], 16)))
                i += 2
            p_cnt = int(fields[i])
            i += 1
            pointers = []
            for _ in range(p_cnt):
                symbol, target, pos, src_tgt = fields[i : i + 4]
                pointers.append((symbol, target, pos, int(src_tgt[:2], 16), int(src_tgt[2:], 16)))
                i += 4
            synsets[offset] = (lex_filenum, words, pointers)
    return synsets


def read_index(path):
    """lemma -> synset offsets in sense-number order."""
    index = {}
    with open(path, encoding="ascii") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            synset_cnt = int(fields[2])
            index[fields[0]] = fields[-synset_cnt:]
    return index


def read_counts(path):
    """(lemma, ss_type) -> total SemCor count, and the attested noun senses with their counts:
    (lemma, lex_filenum, lex_id) -> count, a Counter holding nonzero counts only. Sense keys are
    lemma%ss_type:lex_filenum:lex_id:head:head_id."""
    totals = collections.Counter()
    noun_senses = collections.Counter()
    with open(path, encoding="ascii") as f:
        for line in f:
            key, _num, count = line.split()
            lemma, rest = key.split("%", 1)
            ss_type, lex_filenum, lex_id = rest.split(":")[:3]
            totals[(lemma, int(ss_type))] += int(count)
            if ss_type == "1" and int(count) > 0:
                noun_senses[(lemma, int(lex_filenum), int(lex_id))] += int(count)
    return totals, noun_senses


def lemma_text(word):
    return word.lower().replace("_", " ")


def build_nouns(wn):
    nouns = read_data(os.path.join(wn, "data.noun"))
    index = read_index(os.path.join(wn, "index.noun"))
    _, attested = read_counts(os.path.join(wn, "cntlist.rev"))

    def synset(name):
        lemma, _, number = name.rsplit(".", 2)
        return index[lemma][int(number) - 1]

    parents = {}
    members = {}  # member meronyms: people.n.01 -> person.n.01, police.n.01 -> policeman.n.01
    instance = set()
    for off, (_, _, pointers) in nouns.items():
        parents[off] = [t for s, t, pos, *_ in pointers if s in ("@", "@i") and pos == "n"]
        members[off] = [t for s, t, pos, *_ in pointers if s == "%m" and pos == "n"]
        if any(s == "@i" for s, *_ in pointers):
            instance.add(off)
    children = collections.defaultdict(list)
    for off, ps in parents.items():
        for p in ps:
            children[p].append(off)

    def subtree(root):
        seen, stack = {root}, [root]
        while stack:
            for c in children[stack.pop()]:
                if c not in seen:
                    seen.add(c)
                    stack.append(c)
        return seen

    def ancestors(off):
        seen, stack = set(), [off]
        while stack:
            for p in parents[stack.pop()]:
                if p not in seen:
                    seen.add(p)
                    stack.append(p)
        return seen

    # tops: breadth-first from entity to TOP_DEPTH
    (root,) = [o for o, ps in parents.items() if not ps]
    tops, layer = {root}, {root}
    for _ in range(TOP_DEPTH):
        layer = {c for o in layer for c in children[o]}
        tops |= layer
    tops |= {synset(n) for n in EXTRA_TOPS}
    assert all(ancestors(t) <= tops for t in tops), "a top's hypernym is not a top"

    class_roots = {}  # synset -> class name
    in_class = collections.defaultdict(set)  # class name -> synsets
    for cls, roots in CLASSES:
        for i, name in enumerate(roots):
            off = synset(name)
            assert off not in tops and off not in class_roots, name
            class_roots[off] = ("=" if i == 0 else "+") + cls
            in_class[cls] |= subtree(off)
    classed = set().union(*in_class.values())
    instance_ok = set().union(*(in_class[c] for c in INSTANCE_CLASSES))

    # senses: synset -> {lemma: proper}
    senses = collections.defaultdict(dict)

    def add(off, word, proper):
        lemma = lemma_text(word)
        senses[off][lemma] = senses[off].get(lemma, True) and proper

    for off, (lex_filenum, words, _) in nouns.items():
        if off in tops or (off in instance and off not in instance_ok):
            continue
        for word, lex_id in words:
            if len(word.split("_")) > MAX_WORDS:
                continue
            if off in classed or (word.lower(), lex_filenum, lex_id) in attested:
                add(off, word, word != word.lower())
    kept = set(senses)
    for off in list(kept):
        for a in ancestors(off) - tops:
            for word, _ in nouns[a][1]:
                if len(word.split("_")) <= MAX_WORDS:
                    add(a, word, word != word.lower())

    # demonyms from adjectives; a lemma that is a person already (as kept: "French" the
    # sculptor, a dropped instance, does not count) is left alone
    persons = {l for off, ls in senses.items() if off in in_class["person"] for l in ls}
    adjectives = read_data(os.path.join(wn, "data.adj"))
    demonym_parent = synset(DEMONYM_PARENT)
    demonyms = set()
    for off, (_, words, pointers) in sorted(adjectives.items()):
        for symbol, target, pos, source, _ in pointers:
            if symbol != "\\" or pos != "n":
                continue
            place = nouns[target][1][0][0]
            if target not in in_class["place"] or place == place.lower():
                continue
            for word, _ in [words[source - 1]] if source else words:
                lemma = lemma_text(word)
                if (
                    word != word.lower()
                    and len(word.split("_")) <= MAX_WORDS
                    and lemma not in persons
                ):
                    demonyms.add(lemma)

    # minor senses: a kept sense that is not among its lemma's most frequent (PRIMARY_RULE)
    minor, ranked = set(), set()
    for lemma, offs in index.items():
        text = lemma_text(lemma)
        groups = {False: [], True: []}  # common-noun senses, proper-noun senses, in index order
        for off in offs:
            if off in instance and off not in instance_ok:
                continue  # a named individual figcheck drops ("Lincoln", the president)
            lex_filenum, words, _ = nouns[off]
            ids = [lex_id for word, lex_id in words if lemma_text(word) == text]
            kept_as = senses.get(off, {}).get(text)  # .get: senses is a defaultdict
            proper = kept_as if kept_as is not None else all(
                word != word.lower() for word, _ in words if lemma_text(word) == text
            )
            count = max(attested[(lemma, lex_filenum, lex_id)] for lex_id in ids)
            groups[proper].append((off, count, kept_as is not None))
            ranked.add((off, text))
        for group in groups.values():
            first = group[0][1] if group else 0
            for rank, (off, count, kept_sense) in enumerate(group):
                primary = rank == 0 or (first > 0 and PRIMARY_RATIO * count >= first)
                if kept_sense and not primary:
                    minor.add((off, text))
    assert all((off, l) in ranked for off, ls in senses.items() for l in ls), "a sense not ranked"

    # nodes: synsets with kept lemmas, class roots, and their non-top ancestors; a synset
    # without lemmas that roots no class is spliced out (its children take its parents).
    nodes = set(senses) | set(class_roots)
    for off in list(nodes):
        nodes |= ancestors(off) - tops
    nodes.add(demonym_parent)

    def keep(off):
        return off in senses or off in class_roots

    memo = {}

    def kept_parents(off):
        if off not in memo:
            out = []
            for p in parents[off]:
                if p in tops:
                    continue
                for q in [p] if keep(p) else kept_parents(p):
                    if q not in out:
                        out.append(q)
            memo[off] = out
        return memo[off]

    nodes = sorted(o for o in nodes if keep(o))
    depth = {}

    def depth_of(off):
        if off not in depth:
            depth[off] = 1 + max((depth_of(p) for p in kept_parents(off)), default=-1)
        return depth[off]

    def first_lemma(off):
        return min(senses[off]) if senses[off] else ""

    # parents before children (depth is the longest path from a top), then by name
    nodes.sort(key=lambda o: (depth_of(o), first_lemma(o), o))
    ids = {o: i for i, o in enumerate(nodes)}
    lines = []
    for off in nodes:
        lemmas = "|".join(
            ("~" if (off, l) in minor else "") + ("^" if proper else "") + l
            for l, proper in sorted(senses[off].items())
        )
        ps = ",".join(str(i) for i in sorted(ids[p] for p in kept_parents(off)))
        line = f"{ps}\t{lemmas}"
        if off in class_roots:
            line += f"\t{class_roots[off]}"
        ms = sorted(ids[m] for m in members[off] if m in ids)
        if ms:
            line += "\t%" + ",".join(map(str, ms))
        lines.append(line)
    # derived demonyms: one synset each, after every WordNet synset
    for lemma in sorted(demonyms):
        lines.append(f"{ids[demonym_parent]}\t^{lemma}")
    stats = {
        "synsets": len(lines),
        "lemmas": len({l for s in senses.values() for l in s} | set(demonyms)),
        "senses": sum(len(s) for s in senses.values()) + len(demonyms),
        "demonyms": len(demonyms),
        "minor": len(minor),
    }
    return lines, stats


def build_verbs(wn):
    verb_index = read_index(os.path.join(wn, "index.verb"))
    # a verb is also a noun when WordNet has it as a common noun: "be" is only "Be", beryllium
    common_nouns = set()
    for _, words, _ in read_data(os.path.join(wn, "data.noun")).values():
        common_nouns.update(w for w, _ in words if w == w.lower())
    totals, _ = read_counts(os.path.join(wn, "cntlist.rev"))
    lemmas = sorted(l for l in verb_index if "_" not in l)
    known = set(lemmas)
    forms = collections.defaultdict(list)
    with open(os.path.join(wn, "verb.exc"), encoding="ascii") as f:
        for line in f:
            form, *bases = line.split()
            base = next((b for b in bases if b in known), None)
            if base and "_" not in form and form != base:
                forms[base].append(form)
    lines = []
    for lemma in lemmas:
        if lemma not in common_nouns:
            pos = "v"
        elif totals[(lemma, 1)] >= totals[(lemma, 2)]:
            pos = "nv"
        else:
            pos = "vn"
        lines.append(f"{lemma}\t{pos}\t{','.join(sorted(set(forms[lemma])))}".rstrip("\t"))
    return lines


def build_nominals(wn):
    """The lines of nominals.txt, noun<TAB>verb, by NOMINAL_RULE."""
    nouns = read_data(os.path.join(wn, "data.noun"))
    verbs = read_data(os.path.join(wn, "data.verb"))
    index = read_index(os.path.join(wn, "index.noun"))
    totals, _ = read_counts(os.path.join(wn, "cntlist.rev"))

    children = collections.defaultdict(list)
    for off, (_, _, pointers) in nouns.items():
        for s, t, pos, *_ in pointers:
            if s in ("@", "@i") and pos == "n":
                children[t].append(off)

    def subtree(name):
        lemma, _, number = name.rsplit(".", 2)
        root = index[lemma][int(number) - 1]
        seen, stack = {root}, [root]
        while stack:
            for c in children[stack.pop()]:
                if c not in seen:
                    seen.add(c)
                    stack.append(c)
        return seen

    def union(names):
        return set().union(*map(subtree, names))

    processes = subtree("process.n.06")
    events = union(NOMINAL_ROOTS) - union(NOMINAL_EXCLUDED)
    blockers = union(NOMINAL_BLOCKERS) - processes

    def shared_prefix(a, b):
        return len(os.path.commonprefix([a, b]))

    table = {}
    for lemma in sorted(index):
        if not NOMINAL_WORD.fullmatch(lemma):
            continue
        for rank, off in enumerate(index[lemma]):
            words = [w for w, _ in nouns[off][1]]
            if lemma not in words:
                continue  # a proper-noun sense ("Death", personified)
            if off not in events:
                continue
            candidates = set()
            for s, target, pos, source, dest in nouns[off][2]:
                if s != "+" or pos != "v" or not source or words[source - 1] != lemma:
                    continue
                verb = verbs[target][1][dest - 1][0]
                denominal = len(verb) > len(lemma) and verb.endswith(DENOMINAL_SUFFIXES)
                if NOMINAL_WORD.fullmatch(verb) and not denominal:
                    candidates.add(verb)
            if not candidates:
                continue
            earlier = index[lemma][:rank]
            if any(o in blockers and lemma in (w for w, _ in nouns[o][1]) for o in earlier):
                break
            verb = min(
                candidates,
                key=lambda v: (-totals[(v, 2)], -shared_prefix(v, lemma), v),
            )
            if totals[(lemma, 1)] < RARE_VERB_RATIO * max(totals[(verb, 2)], 1):
                table[lemma] = verb
            break
    for noun, verb in DROPPED_NOMINALS.items():
        assert table.pop(noun) == verb, noun
    for noun, verb in EXTRA_NOMINALS.items():
        assert table.get(noun, verb) == verb, noun
        table[noun] = verb
    return [f"{noun}\t{verb}" for noun, verb in sorted(table.items())]


# The licence asks for its notice on all copies, modified ones included: every output file
# carries the copyright line and points at the full text.
HEADER = """\
# {what}
# Generated by tools/wordnet/generate.py from WordNet 3.0. Do not edit: regenerate with
#   python3 tools/wordnet/generate.py [--wordnet /usr/share/wordnet]
# (Debian/Ubuntu: apt-get install wordnet-base). Read by src/wordnet/.
# WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
# Licence and disclaimer: data/wordnet/LICENSE.
"""

NOUNS_FORMAT = """\
#
# One noun synset a line; its id is its position among the lines that are not comments, from 0.
#   parents<TAB>lemmas[<TAB>=class|+class][<TAB>%members]
# parents: ids of its hypernyms and instance hypernyms, comma-separated (always earlier lines;
#   empty under a dropped top). lemmas: |-separated, lower case, a space between words; a leading
#   ^ marks a proper-noun sense (capitalised in WordNet: "Pakistani", "Job", "Turkey"), and a ~
#   before it a minor sense, not among the lemma's primary ones ("~count", the nobleman;
#   "~^america", the Americas, where the United States is primary).
# Optional fields after the lemmas, each tagged by its first character:
#   =class  this synset is the one the figcheck noun class is named after (as a total it takes
#           the whole class) and roots its subtree; +class  roots a subtree added to the class.
#           A synset is in the classes of its ancestors.
#   %ids    its members (WordNet member meronyms, %m): "people" -> person, "police" -> policeman;
#           a collective noun counts its members. Any line, not only earlier ones.
# Class roots, the first named after:
{roots}
#
"""

VERBS_FORMAT = """\
#
# Every single-word verb lemma of WordNet 3.0, one a line:
#   lemma<TAB>pos[<TAB>irregular forms, comma-separated, from verb.exc]
# pos: v   a verb, not a common noun in WordNet (proper nouns such as "Be", beryllium, aside);
#      vn  also a common noun, tagged as a verb more often in SemCor (cntlist.rev): "attack";
#      nv  also a common noun, tagged as a noun at least as often: "people", "police".
# Regular forms (-s, -es, -ed, -ing) are derived in code; verb.exc lists a few of those too.
#
"""

NOMINALS_FORMAT = """\
#
# Nouns naming an act or event, one a line, with the verb each nominalizes:
#   noun<TAB>verb
# "arrest" -> arrest, "death" -> die, "election" -> elect; sorted by noun. Nouns are singular
# (callers singularise first); the verb is a lemma of verbs.txt.
#
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet", help="WordNet 3.0 dict directory")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory (data/wordnet)")
    args = ap.parse_args()

    noun_lines, stats = build_nouns(args.wordnet)
    roots = "\n".join(f"#   {c}: {', '.join(r)}" for c, r in CLASSES)
    header = HEADER.format(what="figcheck noun classes: WordNet 3.0 noun hypernyms, pruned.")
    header += "#\n" + RULE + comment(PRIMARY_RULE) + "\n"
    header += NOUNS_FORMAT.format(roots=roots)
    counts = "# {synsets} synsets, {lemmas} lemmas, {senses} senses ({minor} minor), {demonyms}"
    header += counts.format(**stats) + " derived demonyms.\n"
    write(os.path.join(args.out, "nouns.txt"), header, noun_lines)

    verb_lines = build_verbs(args.wordnet)
    header = HEADER.format(what="figcheck verb forms: WordNet 3.0 verb lemmas and irregular forms.")
    header += VERBS_FORMAT
    write(os.path.join(args.out, "verbs.txt"), header, verb_lines)

    nominal_lines = build_nominals(args.wordnet)
    what = "figcheck nominalizations: WordNet 3.0 event nouns and their verbs."
    header = HEADER.format(what=what)
    header += "#\n" + NOMINAL_RULE + NOMINALS_FORMAT
    header += f"# {len(nominal_lines)} nouns.\n"
    write(os.path.join(args.out, "nominals.txt"), header, nominal_lines)
    for name in ("nouns.txt", "verbs.txt", "nominals.txt"):
        path = os.path.join(args.out, name)
        print(f"{path}: {os.path.getsize(path)} bytes", file=sys.stderr)


def write(path, header, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write(header)
        for line in lines:
            f.write(line + "\n")


if __name__ == "__main__":
    main()
