#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Tests of the bash completion for camtg (completion/camtg.bash), run on the
# camtg just built: what TAB offers after each kind of word, with and
# without bash-completion's helpers, and that bash-completion finds the
# installed file by itself.
#   test_completion.sh CAMTG COMPLETION_SCRIPT MINI_DATASET [STAGED_PREFIX]
set -uo pipefail
camtg=$1 script=$2 mini=$3 stage=${4:-}
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# complete WORD...: what TAB offers for the line camtg WORD... (the last word
# is the one being completed, possibly empty), one per line, sorted.
complete_words()
{
    COMP_WORDS=("$camtg" "$@")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMP_LINE="${COMP_WORDS[*]}"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _camtg "camtg" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | LC_ALL=C sort
}

# offers_joined "LINE": what TAB offers at the end of camtg LINE, split into
# words as bash does, at spaces and around "=" ("--on=2023" is three words).
offers_joined()
{
    local line="$camtg $1" w
    COMP_WORDS=()
    for w in $line; do
        while [[ $w == *=* ]]; do
            [ -n "${w%%=*}" ] && COMP_WORDS+=("${w%%=*}")
            COMP_WORDS+=("=")
            w=${w#*=}
        done
        [ -n "$w" ] && COMP_WORDS+=("$w")
    done
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMP_LINE=$line
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    # The word readline completes ends at the "=": after "--on=" it is empty.
    w=${COMP_WORDS[COMP_CWORD]}
    _camtg "camtg" "${w#=}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | LC_ALL=C sort
}

# offers "WORDS": what TAB offers after camtg WORDS (split on spaces; a
# trailing space starts an empty word).
offers()
{
    local words=$1
    read -r -a argv <<<"$words"
    [[ $words == *" " || -z $words ]] && argv+=("")
    complete_words "${argv[@]}"
}

# expect_has "WORDS" WANT...: every WANT is offered.
expect_has()
{
    local words=$1 got w
    shift
    got=$(offers "$words")
    for w in "$@"; do
        grep -qxF -- "$w" <<<"$got" || fail "camtg ${words}<TAB> lacks '$w' (got: $(echo $got))"
    done
}

# expect_exactly "WORDS" WANT...: exactly these are offered.
expect_exactly()
{
    local words=$1 got want
    shift
    got=$(offers "$words")
    want=$(printf '%s\n' "$@" | LC_ALL=C sort)
    [ "$got" = "$want" ] || fail "camtg ${words}<TAB> offers '$(echo $got)', expected '$(echo $want)'"
}

# The facts to compare with, from the program and the data, not from here.
entity_ids() { "$camtg" "$@" export --format jsonl | sed -n 's/^{"record": *"entity", *"id": *"\([^"]*\)".*/\1/p'; }
meeting_ids() { "$camtg" "$@" export --format jsonl | sed -n 's/^{"record": *"meeting", *"id": *"\([^"]*\)".*/\1/p'; }
commitment_ids() { "$camtg" "$@" export --format jsonl | sed -n 's/^{"record": *"commitment", *"id": *"\([^"]*\)".*/\1/p'; }
sectors() { "$camtg" commitments --sector __nope__ 2>&1 >/dev/null | sed -n 's/.*(one of: \(.*\)).*/\1/p' | tr -d ' ' | tr ',' '\n'; }

run_cases()
{
    local label=$1
    echo "== $label"
    # shellcheck source=/dev/null
    source "$script"

    expect_has "" summary entities show commitments export validate help
    expect_has "--" --data --help
    expect_has "su" summary
    expect_has "commitments --" --involving --actor --target --sector --type --kind --meeting --help
    expect_exactly "commitments --kind " pledge position assessment
    mapfile -t ids < <(entity_ids)
    [ "${#ids[@]}" -gt 10 ] || fail "the built-in dataset has no entities?"
    expect_exactly "show " "${ids[@]}"
    mapfile -t commitments < <(commitment_ids)
    [ "${#commitments[@]}" -gt 10 ] || fail "the built-in dataset has no commitments?"
    expect_exactly "timeline " "${ids[@]}" "${commitments[@]}"
    expect_has "" timeline compliance
    expect_has "compliance --" --on --format --json --data --help
    expect_has "timeline --" --on --format --json --data --help
    # After a command, only the options it takes: not the program's -V, nor
    # --data for a command that reads a file it is given.
    expect_exactly "summary --" --data --help
    expect_exactly "validate -" -h --help
    expect_exactly "compile --" --help
    expect_exactly "compliance --on "
    # A DATE is any day: nothing is offered for it (not the commands), and
    # the word after it is still the command's first argument.
    expect_exactly "timeline --on "
    expect_exactly "timeline --on 2023-04-26 " "${ids[@]}" "${commitments[@]}"
    # Each argument once: after the last one nothing is offered.
    expect_exactly "timeline KAZ "
    expect_exactly "show KAZ --format json "
    expect_exactly "help summary "
    # File names for every FILE, PATH, INPUT and OUTPUT.
    local dir
    dir=$(dirname "$mini")
    expect_has "compile $dir/mi" "$mini"
    expect_has "compile $mini $dir/mi" "$mini"
    expect_has "compile -- $dir/mi" "$mini"
    expect_exactly "compile $mini $mini "
    expect_exactly "validate $mini "
    expect_exactly "validate - "
    expect_has "export --format json -o $dir/mi" "$mini"
    expect_has "export --output $dir/mi" "$mini"
    expect_has "html -o $dir/mi" "$mini"
    # Plain bash (no _init_completion) takes the same paths from here on.
    [ "$label" = "plain bash" ] && return
    expect_has "entities --" --type --help
    expect_has "help " summary commitments

    mapfile -t all_sectors < <(sectors)
    [ "${#all_sectors[@]}" -gt 5 ] || fail "camtg lists no sectors in its error message"
    expect_exactly "commitments --sector " "${all_sectors[@]}"
    expect_exactly "commitments --kind p" pledge position
    expect_has "commitments --type " AGREE SUPPORT
    expect_has "entities --type " country person group
    expect_has "export --format " json csv dot

    expect_exactly "commitments --involving " "${ids[@]}"
    expect_exactly "commitments --kind pledge --actor " "${ids[@]}"
    mapfile -t mini_ids < <(entity_ids --data "$mini")
    expect_exactly "--data $mini show " "${mini_ids[@]}"
    expect_exactly "--data $mini commitments --target " "${mini_ids[@]}"
    mapfile -t meetings < <(meeting_ids)
    expect_exactly "commitments --meeting " "${meetings[@]}"

    expect_exactly "html --meeting " "${meetings[@]}"

    expect_has "--data $dir/mi" "$mini"
    # --OPTION=VALUE, which camtg reads as --OPTION VALUE.
    local got
    got=$(offers_joined "--data=$dir/mi")
    grep -qxF -- "$mini" <<<"$got" || fail "camtg --data=$dir/mi<TAB> lacks '$mini' (got: $(echo $got))"
    got=$(offers_joined "--data=$mini show ")
    [ "$got" = "$(printf '%s\n' "${mini_ids[@]}" | LC_ALL=C sort)" ] ||
        fail "camtg --data=$mini show <TAB> offers '$(echo $got)', not the ids of $mini"
    got=$(offers_joined "timeline --format=")
    [ "$got" = "$(printf '%s\n' csv json jsonl table)" ] ||
        fail "camtg timeline --format=<TAB> offers '$(echo $got)', not the formats"
    got=$(offers_joined "timeline --on=2023-04-26 ")
    [ "$got" = "$(printf '%s\n' "${ids[@]}" "${commitments[@]}" | LC_ALL=C sort)" ] ||
        fail "camtg timeline --on=2023-04-26 <TAB> offers '$(echo $got)', not the keys"
    expect_has "validate $dir/mi" "$mini"
}

# Plain bash, then with bash-completion's helpers (_init_completion).
( run_cases "plain bash"; exit $failures ) || failures=$((failures + $?))
if [ -r /usr/share/bash-completion/bash_completion ]; then
    (
        # shellcheck source=/dev/null
        source /usr/share/bash-completion/bash_completion
        run_cases "with bash-completion"
        exit $failures
    ) || failures=$((failures + $?))
fi

# Installed: bash-completion loads share/bash-completion/completions/camtg
# below a data dir on its own, on first completion of `camtg`.
if [ -n "$stage" ] && [ -r /usr/share/bash-completion/bash_completion ]; then
    echo "== installed under $stage"
    [ -f "$stage/share/bash-completion/completions/camtg" ] ||
        fail "not installed as $stage/share/bash-completion/completions/camtg"
    (
        export XDG_DATA_DIRS="$stage/share"
        # shellcheck source=/dev/null
        source /usr/share/bash-completion/bash_completion
        _completion_loader camtg
        complete -p camtg | grep -q -- '-F _camtg' || { echo "FAIL: bash-completion did not load it" >&2; exit 1; }
    ) || failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "ok: completion"
