#!/usr/bin/env bash
# Builds a shared folder of three good articles among hostile files (the same mix as
# HostileCorpusTest), audits it with ./tqc check under /usr/bin/time, and prints the exit code,
# wall time and peak resident memory. Usage: scripts/hostile-audit.sh [WORKDIR]
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d)}"
folder="$work/shared folder"
mkdir -p "$folder"

cp "$top/seeds/000_0d9fa9fe51ed347a.txt" "$folder/good-1-seed.txt"
cp "$top/checker/src/test/resources/articles/de-article.txt" "$folder/good-2-german.txt"
cp "$top/seeds/000_0d9fa9fe51ed347a.docx" "$folder/good-3-seed.docx"
python3 - "$folder" "$top" <<'PY'
import os, random, sys, zipfile
folder, top = sys.argv[1], sys.argv[2]
p = lambda name: os.path.join(folder, name)
# A docx whose document.xml inflates to 300 MB from about 300 KB.
with zipfile.ZipFile(p("zip-bomb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with z.open("word/document.xml", "w", force_zip64=True) as doc:
        doc.write(b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
        block = b"a" * (1 << 20)
        for _ in range(300):
            doc.write(block)
        doc.write(b"</w:t></w:r></w:p></w:body></w:document>")
docx = open(os.path.join(top, "seeds/000_0d9fa9fe51ed347a.docx"), "rb").read()
open(p("truncated.docx"), "wb").write(docx[: len(docx) // 2])
open(p("empty.txt"), "wb").close()
open(p("random-bytes.txt"), "wb").write(random.Random(1).randbytes(64 * 1024))
open(p("invalid-utf8.txt"), "wb").write("The minister said the plan was final. été ".encode() + b"\xc3\x28\xff")
open(p("nested.html"), "w").write("<html><body>" + "<div>" * 200000 + "Deep text." + "</div>" * 200000 + "</body></html>")
with open(p("fifty-megabytes.txt"), "wb") as big:
    line = b"The committee met again on Tuesday to discuss the budget.\n"
    big.write(line * ((50 << 20) // len(line) + 1))
open(p("formulas.txt"), "w").write('=HYPERLINK("http://x","y") said teh minister.\n+1+2 said the minister.\n-2+3 is what the report said.\n@SUM(A1) was written here.\n\tTabs and\rreturns.')
open(p("injection.txt"), "w").write(open(os.path.join(top, "checker/src/test/resources/articles/injection.txt")).read())
open(p('name with\nnewline, "quotes".txt'), "w").write("The spokesman said the company will not comment on the agreement.")
os.symlink(folder, p("loop"))
os.mkfifo(p("pipe.txt"))
PY

set +e
/usr/bin/time -v -o "$work/time.txt" "$top/tqc" check -q --no-cache --out "$work/reports" "$folder"
code=$?
set -e
echo "exit code: $code"
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$work/time.txt"
echo "reports: $work/reports"
