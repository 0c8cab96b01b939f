#!/usr/bin/env python3
"""check-potfiles.py ROOT: every file with a translatable string is in po/POTFILES.in (TAP).

A C file that marks a string with _(), N_(), C_() or g_dngettext, and a template with a
translatable="yes" property, must be listed, or its strings stay English in every
language (the users are Dutch). A listed file must exist.
"""
import os
import re
import sys

C_MARK = re.compile(r'\b(?:_|N_|C_|NC_)\s*\(\s*"|g_dngettext\s*\(')
UI_MARK = re.compile(r'translatable="yes"')


def marked(root):
    for folder, pattern, suffix in (('src', C_MARK, '.c'), ('resources/ui', UI_MARK, '.ui')):
        for directory, _, names in os.walk(os.path.join(root, folder)):
            for name in sorted(names):
                if not name.endswith(suffix):
                    continue
                path = os.path.join(directory, name)
                with open(path, encoding='utf-8') as source:
                    if pattern.search(source.read()):
                        yield os.path.relpath(path, root)


def main():
    root = sys.argv[1]
    with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as listing:
        listed = {line.strip() for line in listing if line.strip() and not line.startswith('#')}
    problems = [f'{path} has translatable strings but is not in po/POTFILES.in'
                for path in sorted(set(marked(root)) - listed)]
    problems += [f'po/POTFILES.in lists {path}, which does not exist'
                 for path in sorted(listed) if not os.path.exists(os.path.join(root, path))]
    print('1..1')
    if problems:
        for problem in problems:
            print(f'# {problem}')
        print('not ok 1 - POTFILES.in lists every file with translatable strings')
        return 1
    print('ok 1 - POTFILES.in lists every file with translatable strings')
    return 0


if __name__ == '__main__':
    sys.exit(main())
