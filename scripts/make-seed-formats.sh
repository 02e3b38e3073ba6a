#!/usr/bin/env bash
# Regenerates the .docx, .odt, .html, .pdf and .rtf fixtures in seeds/ from
# seeds/000_0d9fa9fe51ed347a.txt with LibreOffice headless (Debian package
# libreoffice-writer-nogui or libreoffice-writer).
set -euo pipefail

cd "$(dirname "$0")/../seeds"
src=000_0d9fa9fe51ed347a.txt

# A throwaway profile, so no LibreOffice user profile lands in the repo or $HOME.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

for target in \
    'docx:MS Word 2007 XML' \
    'odt:writer8' \
    'html:HTML (StarWriter)' \
    'pdf:writer_pdf_Export' \
    'rtf:Rich Text Format'; do
  # The infilter makes LibreOffice read the .txt as UTF-8, so curly quotes survive.
  HOME="$profile" soffice --headless --norestore \
    "-env:UserInstallation=file://$profile/user" \
    --infilter='Text (encoded):UTF8,,,' \
    --convert-to "$target" --outdir . "$src"
done
