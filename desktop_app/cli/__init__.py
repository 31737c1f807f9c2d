def run(argv: list[str]) -> int:
    raise NotImplementedError
