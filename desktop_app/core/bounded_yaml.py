"""YAML from files people hand us (policies, config), read with every size bounded.

A SafeLoader subclass that refuses what a policy or a config never needs and an attacker
uses to exhaust memory or the stack: anchors and aliases (the "billion laughs"), deep nesting,
numbers with hundreds of digits; and refuses duplicate keys, which would silently let the last
one win (`action: remove` then `action: review`). Every refusal names the line.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_NESTING = 64  # a policy is 4 levels deep; config 3
MAX_NUMBER_CHARS = 64  # int/float scalars longer than this are refused before conversion

Path_ = tuple[str | int, ...]


class YamlRefusedError(Exception):
    """Something in the text that is refused, at a 1-based line."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


# libyaml's parser (C) makes the events about 7 times faster than PyYAML's Python parser; the nodes
# are still composed here, in Python, so the checks below see every event. Without libyaml, the
# Python reader, scanner and parser give the same events.
if yaml.__with_libyaml__:
    from yaml.cyaml import CParser  # type: ignore[attr-defined]

    class _EventSource(CParser):
        pass

else:  # pragma: no cover - every supported build has libyaml

    class _EventSource(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)


class _BoundedLoader(
    yaml.composer.Composer, _EventSource, yaml.constructor.SafeConstructor, yaml.resolver.Resolver
):
    """A safe loader that refuses aliases, deep nesting, huge numbers and duplicate keys."""

    def __init__(self, stream: str) -> None:
        _EventSource.__init__(self, stream)
        yaml.composer.Composer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        yaml.resolver.Resolver.__init__(self)
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: Any = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent):
            raise YamlRefusedError(
                _line(event.start_mark), "aliases (*name) are not allowed; write the value out"
            )
        if getattr(event, "anchor", None):
            raise YamlRefusedError(
                _line(event.start_mark), "anchors (&name) are not allowed; write the value out"
            )
        self._depth += 1
        try:
            if self._depth > MAX_NESTING:
                raise YamlRefusedError(_line(event.start_mark), f"nested deeper than {MAX_NESTING} levels")
            return super().compose_node(parent, index)  # type: ignore[no-untyped-call]
        finally:
            self._depth -= 1

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        first_line: dict[object, int] = {}
        for key_node, _value in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlRefusedError(_line(key_node.start_mark), "a key must be a plain value")
            key = (key_node.tag, key_node.value)
            here = _line(key_node.start_mark)
            if key in first_line:
                raise YamlRefusedError(
                    here,
                    f"key {key_node.value!r} appears twice (lines {first_line[key]} and {here}); keep one",
                )
            first_line[key] = here
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        _refuse_long_number(node)
        return super().construct_yaml_int(node)  # type: ignore[no-any-return]

    def construct_yaml_float(self, node: yaml.ScalarNode) -> float:
        _refuse_long_number(node)
        return super().construct_yaml_float(node)  # type: ignore[no-any-return]


_BoundedLoader.add_constructor("tag:yaml.org,2002:int", _BoundedLoader.construct_yaml_int)  # type: ignore[type-var]
_BoundedLoader.add_constructor(  # type: ignore[type-var]
    "tag:yaml.org,2002:float", _BoundedLoader.construct_yaml_float
)


def _refuse_long_number(node: yaml.ScalarNode) -> None:
    if len(node.value) > MAX_NUMBER_CHARS:
        raise YamlRefusedError(
            _line(node.start_mark), f"a number of {len(node.value)} characters; at most {MAX_NUMBER_CHARS}"
        )


def _line(mark: Any) -> int:  # yaml.Mark, from the Python or the C parser
    return mark.line + 1 if mark is not None else 1


def load_bounded_yaml(text: str) -> tuple[Any, dict[Path_, int]]:
    """The document in text, and the 1-based line of each value's path (('rules', 2, 'action')).

    Raises YamlRefusedError for anything refused or unreadable, with its line.
    """
    loader = _BoundedLoader(text)
    try:
        root = loader.get_single_node()
        data = None if root is None else loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "cannot be read"
        raise YamlRefusedError(_line(mark), f"syntax error: {problem}") from exc
    except yaml.YAMLError as exc:
        raise YamlRefusedError(1, f"syntax error: {exc}") from exc
    finally:
        loader.dispose()
    return data, _value_lines(root)


def _value_lines(root: yaml.Node | None) -> dict[Path_, int]:
    # Walks the composed tree once; without aliases every node is visited once.
    lines: dict[Path_, int] = {}
    stack: list[tuple[yaml.Node, Path_]] = [] if root is None else [(root, ())]
    while stack:
        node, path = stack.pop()
        lines.setdefault(path, _line(node.start_mark))
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                child = (*path, key_node.value)
                lines[child] = _line(key_node.start_mark)
                stack.append((value_node, child))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                child = (*path, index)
                lines[child] = _line(item.start_mark)
                stack.append((item, child))
    return lines
