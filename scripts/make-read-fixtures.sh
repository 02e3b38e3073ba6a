#!/usr/bin/env bash
# Regenerates the reader's fixtures in checker/src/test/resources/read/ from the .fodt sources
# beside them with LibreOffice headless (Debian package libreoffice-writer-nogui):
#   tracked-changes.docx/.odt  an editor's changes: "Teh" -> "The", "happy happy" -> "pleased"
#   comment.odt/.docx/.pdf     a comment on "pleased" (in the PDF as a sticky-note annotation)
#   moved-paragraph.docx       a paragraph moved (w:moveFrom/w:moveTo), from tracked-changes.docx
#   heading.pdf/.docx          headings, a running header, "Page N" footers; the PDF tagged and
#                              with its outline (bookmarks), as Word exports it
set -euo pipefail

cd "$(dirname "$0")/../checker/src/test/resources/read"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

convert() {
  HOME="$profile" soffice --headless --norestore \
    "-env:UserInstallation=file://$profile/user" --convert-to "$1" --outdir . "$2"
}

convert 'docx:MS Word 2007 XML' tracked-changes.fodt
convert 'odt:writer8' tracked-changes.fodt
convert 'odt:writer8' comment.fodt
convert 'docx:MS Word 2007 XML' comment.fodt
convert 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}' comment.fodt
convert 'docx:MS Word 2007 XML' heading.fodt
convert 'pdf:writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"true"},"UseTaggedPDF":{"type":"boolean","value":"true"}}' heading.fodt

# LibreOffice writes no moves, so moved-paragraph.docx is tracked-changes.docx with its body
# replaced by a paragraph Word's way of moving text: w:moveFrom where it was, w:moveTo where
# it went.
python3 - <<'PY'
import re, zipfile

W = 'w:author="Editor" w:date="2026-11-30T09:02:00Z"'
MOVED = 'Trains will run every half hour between the two towns.'
FIRST = ('The regional government announced on Monday that the new railway line through the '
         'valley will open in the spring.')
body = (
    f'<w:p><w:moveFromRangeStart w:id="10" w:name="move1" {W}/>'
    f'<w:moveFrom w:id="11" {W}><w:r><w:t>{MOVED}</w:t></w:r></w:moveFrom>'
    f'<w:moveFromRangeEnd w:id="10"/></w:p>'
    f'<w:p><w:r><w:t>{FIRST}</w:t></w:r></w:p>'
    f'<w:p><w:moveToRangeStart w:id="12" w:name="move1" {W}/>'
    f'<w:moveTo w:id="13" {W}><w:r><w:t>{MOVED}</w:t></w:r></w:moveTo>'
    f'<w:moveToRangeEnd w:id="12"/></w:p>')
with zipfile.ZipFile('tracked-changes.docx') as source, \
        zipfile.ZipFile('moved-paragraph.docx', 'w', zipfile.ZIP_DEFLATED) as target:
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == 'word/document.xml':
            data = re.sub(rb'<w:body>.*?(<w:sectPr)', b'<w:body>' + body.encode() + rb'\1',
                          data, flags=re.S)
        target.writestr(item, data)
PY
