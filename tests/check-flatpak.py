#!/usr/bin/env python3
"""check-flatpak.py MANIFEST APP_ID: the Flatpak manifest is complete and well formed (TAP).

The manifest is JSON for flatpak-builder. This checks what a build would find out only
after downloading the GNOME SDK:

- the id is the app's (APP_ID, or APP_ID.Devel), on org.gnome.Platform and its SDK;
- what the GNOME runtime does not ship is built first: libsodium, libical, and a SQLite
  with the session extension (the runtime's libsqlite3 lacks it, and the merge of a
  laptop's copy calls sqlite3session_diff); a module may be left out only with its
  reason in the manifest's "x-not-built" ({"name": "why"});
- a --filesystem= permission for a practice outside the sandbox, narrower than the
  home folder (the practice holds assessments of people);
- every download (archive or file source with a url) has a sha256;
- flatpak-builder --show-manifest reads it without a warning (an unknown property is
  a typo that flatpak-builder would otherwise ignore), when flatpak-builder is
  installed; skipped otherwise.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

RUNTIME = 'org.gnome.Platform'
SDK = 'org.gnome.Sdk'
APP_MODULE = 'opleidingspraktijk'
NEEDED_MODULES = ('libsodium', 'libical', 'sqlite')
SESSION_FLAGS = ('SQLITE_ENABLE_SESSION', 'SQLITE_ENABLE_PREUPDATE_HOOK')
TOO_BROAD = ('host', 'host-os', 'host-etc', 'home', '~')
SHA256 = re.compile(r'^[0-9a-f]{64}$')


def modules_of(manifest, folder):
    """Every module, nested ones and those in files of their own, depth first."""
    def walk(modules):
        for module in modules:
            if isinstance(module, str):
                path = os.path.join(folder, module)
                with open(path, encoding='utf-8') as source:
                    module = json.load(source)
            yield module
            yield from walk(module.get('modules', []))
    return list(walk(manifest.get('modules', [])))


def check_id(manifest, app_id):
    problems = []
    if manifest.get('id', manifest.get('app-id')) not in (app_id, app_id + '.Devel'):
        problems.append(f'id is {manifest.get("id")!r}, not {app_id!r} or {app_id + ".Devel"!r}')
    if manifest.get('runtime') != RUNTIME:
        problems.append(f'runtime is {manifest.get("runtime")!r}, not {RUNTIME!r}')
    if manifest.get('sdk') != SDK:
        problems.append(f'sdk is {manifest.get("sdk")!r}, not {SDK!r}')
    if not isinstance(manifest.get('runtime-version'), str):
        problems.append('runtime-version is missing (or not a string)')
    if manifest.get('command') != APP_MODULE:
        problems.append(f'command is {manifest.get("command")!r}, not {APP_MODULE!r}')
    return problems


def build_flags(module):
    options = module.get('build-options', {})
    return ' '.join(module.get('config-opts', []) + [options.get('cflags', ''), options.get('cppflags', '')])


def check_modules(manifest, modules):
    problems = []
    by_name = {module.get('name'): module for module in modules}
    excused = manifest.get('x-not-built', {})
    for name in NEEDED_MODULES:
        if name not in by_name and not str(excused.get(name, '')).strip():
            problems.append(f'no module {name!r}, and no reason for it in "x-not-built"')
    sqlite = by_name.get('sqlite')
    if sqlite is not None:
        flags = build_flags(sqlite)
        if '--enable-session' not in flags.split():
            for flag in SESSION_FLAGS:
                if f'-D{flag}' not in flags:
                    problems.append(f'the sqlite module builds without -D{flag} (or --enable-session)')
    top = [module.get('name') for module in manifest.get('modules', []) if isinstance(module, dict)]
    if not top or top[-1] != APP_MODULE:
        problems.append(f'the last module is {top[-1] if top else None!r}, not {APP_MODULE!r}: '
                        'its dependencies must be built before it')
    return problems


def check_filesystem(manifest):
    grants = [arg.split('=', 1)[1] for arg in manifest.get('finish-args', []) if arg.startswith('--filesystem=')]
    if not grants:
        return ['no --filesystem= permission: a practice outside the sandbox cannot be opened '
                '(SQLite needs the real file and its -wal/-shm/-journal; the document portal gives one file)']
    return [f'--filesystem={grant} is broader than a practice needs'
            for grant in grants if grant.split(':')[0].rstrip('/') in TOO_BROAD]


def check_sources(modules):
    problems = []
    for module in modules:
        for source in module.get('sources', []):
            if not isinstance(source, dict) or 'url' not in source:
                continue
            if source.get('type') in ('archive', 'file') and not SHA256.match(source.get('sha256', '')):
                problems.append(f'{module.get("name")}: {source["url"]} has no sha256 (64 lowercase hex digits)')
    return problems


def check_flatpak_builder(path, builder, expected_id):
    # flatpak-builder makes its state folder (.flatpak-builder/ccache) in the current
    # folder even for this (and --show-manifest takes no --state-dir): run it in a
    # folder of its own, not in the source tree or the build folder.
    with tempfile.TemporaryDirectory(prefix='check-flatpak-') as scratch:
        result = subprocess.run([builder, '--show-manifest', os.path.abspath(path)],
                                capture_output=True, text=True, timeout=120, cwd=scratch)
    problems = []
    if result.returncode != 0:
        problems.append(f'flatpak-builder --show-manifest exited with {result.returncode}')
    problems += [line for line in result.stderr.splitlines() if line.strip()]
    if result.returncode == 0:
        try:
            shown = json.loads(result.stdout)
        except ValueError as error:
            problems.append(f'flatpak-builder --show-manifest printed no JSON: {error}')
        else:
            if shown.get('id', shown.get('app-id')) != expected_id:
                problems.append(f'flatpak-builder read the id as {shown.get("id")!r}')
    return problems


def main():
    path, app_id = sys.argv[1], sys.argv[2]
    with open(path, encoding='utf-8') as source:
        manifest = json.load(source)
    modules = modules_of(manifest, os.path.dirname(path))

    checks = [
        ('the id, runtime and SDK are the app\'s', check_id(manifest, app_id)),
        ('the modules the GNOME runtime lacks come first, SQLite with the session extension',
         check_modules(manifest, modules)),
        ('a narrow --filesystem= permission for a practice outside the sandbox', check_filesystem(manifest)),
        ('every download has a sha256', check_sources(modules)),
    ]
    print(f'1..{len(checks) + 1}')
    failed = 0
    for number, (title, problems) in enumerate(checks, start=1):
        for problem in problems:
            print(f'# {problem}')
        print(f'{"not ok" if problems else "ok"} {number} - {title}')
        failed += bool(problems)

    number = len(checks) + 1
    title = 'flatpak-builder --show-manifest reads it without a warning'
    builder = shutil.which('flatpak-builder')
    if builder is None:
        print(f'ok {number} - {title} # SKIP flatpak-builder not installed')
    else:
        problems = check_flatpak_builder(path, builder, manifest.get('id', manifest.get('app-id')))
        for problem in problems:
            print(f'# {problem}')
        print(f'{"not ok" if problems else "ok"} {number} - {title}')
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
