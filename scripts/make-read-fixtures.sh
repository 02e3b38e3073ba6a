#!/usr/bin/env bash
# Regenerates the reader's fixtures in checker/src/test/resources/read/ from the .fodt sources
# beside them with LibreOffice headless (Debian package libreoffice-writer-nogui):
#   tracked-changes.docx/.odt  an editor's changes: "Teh" -> "The", "happy happy" -> "pleased"
#   comment.odt/.docx/.pdf     a comment on "pleased" (in the PDF as a sticky-note annotation)
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
