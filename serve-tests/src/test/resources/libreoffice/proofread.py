"""Proofreads one paragraph with LibreOffice's own LanguageTool Remote checker.

Usage: python3 proofread.py PROFILE_DIR BASE_URL LOCALE TEXT

Starts LibreOffice headless on a fresh profile whose configuration points the checker at
BASE_URL (what a user sets under Tools > Options > Language Settings > LanguageTool Server),
asks the checker org.openoffice.lingu.LanguageToolGrammarChecker to proofread TEXT, prints the
errors as JSON on stdout ({"locales": [...], "errors": [{start, length, ruleId, shortComment,
comment, suggestions}]}) and stops LibreOffice. Runs with the system Python that has python3-uno.
"""
import json
import os
import pathlib
import socket
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.lang import Locale

REGISTRY = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Linguistic/GrammarChecking/LanguageTool"><prop oor:name="BaseURL" oor:op="fuse"><value>{base_url}</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/GrammarChecking/LanguageTool"><prop oor:name="IsEnabled" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_profile(profile, base_url):
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(
        REGISTRY.format(base_url=base_url), encoding="utf-8")


def start_office(profile, port):
    return subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         "-env:UserInstallation=" + profile.as_uri(),
         "--accept=socket,host=127.0.0.1,port=%d;urp;" % port],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def connect(profile, port, deadline):
    """The component context of a running office; restarts it when it exits on its own, as a
    first launch on a fresh profile may."""
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    office = start_office(profile, port)
    while time.monotonic() < deadline:
        try:
            context = resolver.resolve(
                "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port)
            return office, context
        except Exception:
            if office.poll() is not None:
                office = start_office(profile, port)
            time.sleep(0.5)
    office.kill()
    raise SystemExit("LibreOffice did not start within the time limit")


def proofread(context, locale_code, text):
    language, _, country = locale_code.partition("-")
    locale = Locale(language, country, "")
    checker = context.ServiceManager.createInstanceWithContext(
        "org.openoffice.lingu.LanguageToolGrammarChecker", context)
    if checker is None:
        raise SystemExit("LibreOffice has no LanguageToolGrammarChecker")
    locales = ["%s-%s" % (l.Language, l.Country) if l.Country else l.Language
               for l in checker.getLocales()]
    if not checker.hasLocale(locale):
        return {"locales": locales, "errors": None}
    result = checker.doProofreading("serve-tests", text, locale, 0, len(text), ())
    errors = [{
        "start": e.nErrorStart,
        "length": e.nErrorLength,
        "ruleId": e.aRuleIdentifier,
        "shortComment": e.aShortComment,
        "comment": e.aFullComment,
        "suggestions": list(e.aSuggestions),
    } for e in result.aErrors]
    return {"locales": locales, "errors": errors}


def main():
    profile = pathlib.Path(sys.argv[1]).resolve()
    base_url, locale_code, text = sys.argv[2], sys.argv[3], sys.argv[4]
    write_profile(profile, base_url)
    port = free_port()
    office, context = connect(profile, port, time.monotonic() + 180)
    try:
        print(json.dumps(proofread(context, locale_code, text), ensure_ascii=False))
    finally:
        try:
            desktop = context.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", context)
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
