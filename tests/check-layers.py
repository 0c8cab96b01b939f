#!/usr/bin/env python3
"""check-layers.py SRC: the includes of src/ point down the layers (TAP).

The core's folders are layers, lowest first (src/core/meson.build, core_layers):
model, rules, export, store, demo. A file includes headers from its own folder and the
folders before it, never from a later one; so rules/ never includes store/. Nothing in
src/core/ includes GTK, libadwaita, or a header of src/cli/ or src/gui/, and src/cli/
includes no GTK and nothing of src/gui/. Only src/core/store/ speaks SQL. Each problem
is named by file and line.
"""
import os
import re
import sys
import tempfile

LAYERS = ['model', 'rules', 'export', 'store', 'demo']
# Headers that meson generates in the build tree.
GENERATED = {'config.h', 'opl-core-resources.h', 'opl-resources.h'}
GTK = re.compile(r'#\s*include\s*<(gtk/|gdk/|gsk/|adwaita\.h|graphene)')
LOCAL = re.compile(r'#\s*include\s*"([^"]+)"')
SQL = re.compile(r'#\s*include\s*<sqlite3\.h>|\bsqlite3_[a-z_]+\s*\(')


def part_of(src, path):
    """'core/rules', 'cli', 'gui' or 'main' for a file under src."""
    rel = os.path.relpath(path, src).split(os.sep)
    if rel[0] == 'core':
        return 'core/' + rel[1] if len(rel) > 2 else 'core'
    return rel[0] if len(rel) > 1 else 'main'


def sources(src):
    for folder, _, files in os.walk(src):
        for name in sorted(files):
            if name.endswith(('.c', '.h')):
                yield os.path.join(folder, name)


def allowed(part):
    """The parts a file of @part may include from."""
    if part.startswith('core/'):
        layer = part.split('/')[1]
        if layer not in LAYERS:
            return None
        return {'core/' + l for l in LAYERS[:LAYERS.index(layer) + 1]}
    if part == 'cli':
        return {'core/' + l for l in LAYERS} | {'cli'}
    return {'core/' + l for l in LAYERS} | {'cli', 'gui'}


def check(src):
    """Returns the list of problems, each 'FILE:LINE: what'."""
    headers = {}
    for path in sources(src):
        if path.endswith('.h'):
            headers.setdefault(os.path.basename(path), part_of(src, path))
    problems = []
    for path in sources(src):
        part = part_of(src, path)
        rel = os.path.relpath(path, os.path.dirname(src))
        may = allowed(part)
        if may is None:
            problems.append('%s: %s is not a layer of the core (%s)' % (rel, part, ', '.join(LAYERS)))
            continue
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                where = '%s:%d' % (rel, number)
                if part != 'gui' and part != 'main' and GTK.search(line):
                    problems.append('%s: %s includes GTK: %s' % (where, part, line.strip()))
                if part != 'core/store' and SQL.search(line):
                    problems.append('%s: SQL outside src/core/store/: %s' % (where, line.strip()))
                match = LOCAL.search(line)
                if not match or match.group(1) in GENERATED:
                    continue
                header = os.path.basename(match.group(1))
                if header not in headers:
                    problems.append('%s: includes %s, which is in no folder of src/' % (where, header))
                elif headers[header] not in may:
                    problems.append('%s: %s includes %s from %s' % (where, part, header, headers[header]))
    return problems


def self_test():
    """A tree with a GTK include in rules/ and a store header in rules/ fails on both."""
    with tempfile.TemporaryDirectory() as top:
        src = os.path.join(top, 'src')
        for folder, name, text in [
                ('core/model', 'opl-a.h', '#pragma once\n'),
                ('core/store', 'opl-store.h', '#include "opl-a.h"\n'),
                ('core/rules', 'opl-b.c', '#include "opl-a.h"\n#include <gtk/gtk.h>\n#include "opl-store.h"\n'),
                ('gui', 'opl-window.h', '#include <gtk/gtk.h>\n'),
                ('core/model', 'opl-c.c', '#include "opl-window.h"\nsqlite3_step (s);\n')]:
            os.makedirs(os.path.join(src, folder), exist_ok=True)
            with open(os.path.join(src, folder, name), 'w') as f:
                f.write(text)
        return sorted(check(src))


def main():
    src = sys.argv[1]
    problems = check(src)
    planted = self_test()
    expected = [
        'src/core/model/opl-c.c:1: core/model includes opl-window.h from gui',
        'src/core/model/opl-c.c:2: SQL outside src/core/store/: sqlite3_step (s);',
        'src/core/rules/opl-b.c:2: core/rules includes GTK: #include <gtk/gtk.h>',
        'src/core/rules/opl-b.c:3: core/rules includes opl-store.h from core/store',
    ]
    print('1..2')
    for problem in problems:
        print('# ' + problem)
    print('%s 1 - the includes of %s point down the layers (%d problems)'
          % ('not ok' if problems else 'ok', src, len(problems)))
    for problem in planted:
        print('# planted: ' + problem)
    print('%s 2 - the check finds planted violations, naming file and line'
          % ('ok' if planted == expected else 'not ok'))
    return 1 if problems or planted != expected else 0


if __name__ == '__main__':
    sys.exit(main())
