# SPDX-License-Identifier: MIT
# bash completion for camtg(1). Installed as
# share/bash-completion/completions/camtg, where bash-completion loads it on
# first use of `camtg`.
#
# Nothing about the command line is copied here: commands, options and each
# command's arguments are read from `camtg --help` and `camtg COMMAND --help`
# of the camtg being completed, values from what camtg itself says (the list
# in its error for an unknown value, or the choices in the option's help),
# and entity keys, commitment and meeting ids from the dataset (--data FILE
# when given, else the built-in one). So the completion follows the program
# it completes. Only the kinds of placeholder are known here: FILE, PATH,
# INPUT and OUTPUT are file names, DATE any day, KEY an entity.

# _camtg_help CMD [COMMAND]: the help text.
_camtg_help()
{
    local prog=$1
    shift
    "$prog" "$@" --help 2>/dev/null
}

# The commands: the first word of each line of the "Commands:" section.
_camtg_commands()
{
    _camtg_help "$1" | awk '/^Commands:/ { on = 1; next }
                            on && /^[^ ]/ { on = 0 }
                            on && /^  [a-z]/ { print $1 }'
}

# The options of a help text, one per line as "NAME PLACEHOLDER" (no
# placeholder for a flag), both spellings of "-h, --help": the lines of the
# options list that start with an option (its placeholder after one space,
# its description after two), and options with a value that only the usage
# lines show ("--format json|csv").
_camtg_options()
{
    awk 'NR == 1 { usage = 1 }
         usage && /^$/ { usage = 0 }
         usage {
            s = $0
            while (match(s, /--[a-z][-a-z]* [A-Za-z][A-Za-z|]*/)) {
                split(substr(s, RSTART, RLENGTH), p, " ")
                if (!(p[1] in from_usage)) { from_usage[p[1]] = p[2]; order[++u] = p[1] }
                s = substr(s, RSTART + RLENGTH)
            }
            next
         }
         /^ +-/ {
            line = $0
            sub(/^ +/, "", line)
            if (!match(line, /^-[-A-Za-z]*(, -[-A-Za-z]*)*( [A-Z]+)?(  |$)/)) next
            head = substr(line, 1, RLENGTH)
            sub(/ +$/, "", head)
            arg = ""
            if (match(head, / [A-Z]+$/)) {
                arg = substr(head, RSTART + 1)
                head = substr(head, 1, RSTART - 1)
            }
            n = split(head, names, /, /)
            for (j = 1; j <= n; j++) { print names[j], arg; listed[names[j]] = 1 }
         }
         END { for (i = 1; i <= u; i++) if (!(order[i] in listed)) print order[i], from_usage[order[i]] }'
}

# The positional arguments of a command's help text, in order, one per line
# as "NAME DESCRIPTION": the lines of its options list that start with a
# word in capitals ("  INPUT   the dataset to compile ...").
_camtg_arguments()
{
    awk '/^Options:/ { on = 1; next }
         on && /^[^ ]/ { on = 0 }
         on && /^  [A-Z][A-Z]*( |$)/ { sub(/^ +/, ""); print }'
}

# _camtg_placeholder OPTIONS OPTION: the placeholder of OPTION's value in
# OPTIONS (as _camtg_options lists them); nothing for a flag or an unknown
# option.
_camtg_placeholder()
{
    printf '%s\n' "$1" | awk -v o="$2" '$1 == o { print $2; exit }'
}

# The choices camtg names for OPTION of COMMAND: first the list in its
# error for an unknown value, "(one of: a, b, c)" or "(a, b or c)", then
# the list in the option's help line, "...: a, b, c" or "a, b or c".
_camtg_choices()
{
    local prog=$1 cmd=$2 opt=$3 text
    text=$("$prog" ${cmd:+"$cmd"} "$opt" __camtg_complete__ 2>&1 >/dev/null |
           sed -n 's/.*(\(one of: \)\{0,1\}\([^()]*\)).*/\2/p' | head -n 1)
    if [ -z "$text" ]; then
        text=$(_camtg_help "$prog" ${cmd:+"$cmd"} |
               awk -v opt="$opt" '
                   $1 == opt || $1 == opt "," { on = 1; $1 = ""; if ($2 ~ /^[A-Z]+$/) $2 = ""; print; next }
                   on && /^          +[^ -]/ { print; next }
                   { on = 0 }' |
               tr '\n' ' ' | sed 's/([^)]*)//g; s/.*: //; s/e\.g\..*//')
    fi
    # A list of single words, or nothing: "(ids, names and aliases are
    # listed by ...)" is no list of choices.
    printf '%s\n' "$text" | sed 's/,\{0,1\} or /, /g' | tr ',' '\n' |
        sed 's/^ *//; s/ *$//; /^$/d' |
        awk '!/^[A-Za-z0-9_-]+$/ { bad = 1 } { w[NR] = $0 } END { if (!bad) for (i = 1; i <= NR; i++) print w[i] }'
}

# Entity ids and meeting ids of the dataset the command line names.
_camtg_entity_keys()
{
    local prog=$1
    shift
    local keys
    keys=$("$prog" "$@" entities --format csv 2>/dev/null | sed '1d; s/,.*//; s/"//g')
    if [ -z "$keys" ]; then  # a camtg without --format: the table, after its header
        keys=$("$prog" "$@" entities 2>/dev/null | awk 'NR > 1 { print $1 }')
    fi
    printf '%s\n' "$keys"
}

# Commitment ids: the first column of the CSV listing.
_camtg_commitment_ids()
{
    local prog=$1
    shift
    "$prog" "$@" commitments --format csv 2>/dev/null | sed '1d; s/,.*//; s/"//g'
}

_camtg_meeting_ids()
{
    local prog=$1
    shift
    "$prog" "$@" export --format jsonl 2>/dev/null |
        sed -n 's/^{"record": *"meeting", *"id": *"\([^"]*\)".*/\1/p'
}

# File names (and folders, to go on into) for the word being completed.
_camtg_files()
{
    COMPREPLY=($(compgen -f -- "$cur"))
    compopt -o filenames 2>/dev/null
}

_camtg()
{
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        # -s: "--on=DATE" stays one word, and its value is completed as
        # that of --on. (Plain bash splits it at the "=": not handled.)
        local split
        _init_completion -s || return
    else
        cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
        words=("${COMP_WORDS[@]}") cword=$COMP_CWORD
    fi
    local prog=${words[0]}
    prog=${prog/#\~/$HOME}

    # The command (the first word that is not an option or an option's
    # value) and the --data FILE given before it.
    local i cmd="" cmd_at=0 data=() global_opts
    global_opts=$(_camtg_help "$prog" | _camtg_options)
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --data) data=(--data "${words[i+1]}"); ((i++)) ;;
            --data=*) data=(--data "${words[i]#*=}") ;;
            -*) ;;
            *) cmd=${words[i]} cmd_at=$i; break ;;
        esac
    done

    local options placeholder help=""
    if [ -n "$cmd" ]; then
        # The command's own only: its help lists every option it takes
        # (--help, and --data when it reads the dataset); -V and --data of
        # validate or compile after the command are usage errors.
        help=$(_camtg_help "$prog" "$cmd")
        options=$(printf '%s\n' "$help" | _camtg_options)
    else
        options=$global_opts
    fi

    # The value of an option. A meeting's id whatever its placeholder is
    # called (M, ID); a FILE or a PATH (a file, or brat's folder) from the
    # file system; a DATE is any day, so nothing is offered rather than a
    # wrong word.
    placeholder=$(_camtg_placeholder "$options" "$prev")
    if [ -n "$placeholder" ]; then
        local values
        [ "$prev" = --meeting ] && placeholder=M
        case $placeholder in
            FILE | PATH) _camtg_files; return ;;
            DATE) return ;;
            M) values=$(_camtg_meeting_ids "$prog" "${data[@]}") ;;
            *"|"*) values=${placeholder//|/ } ;;
            *) values=$(_camtg_choices "$prog" "$cmd" "$prev")
               if [ -z "$values" ] && [[ $placeholder == K || $placeholder == KEY ]]; then
                   values=$(_camtg_entity_keys "$prog" "${data[@]}")
               fi ;;
        esac
        COMPREPLY=($(compgen -W "$values" -- "$cur"))
        return
    fi

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(printf '%s\n' "$options" | awk '{ print $1 }')" -- "$cur"))
        return
    fi
    if [ -z "$cmd" ]; then
        COMPREPLY=($(compgen -W "$(_camtg_commands "$prog")" -- "$cur"))
        return
    fi
    # Positional arguments, as the command's help lists them: the next one
    # not yet given (none once all are). Words after the command that are
    # not options or option values are the ones given; after --, all are.
    local given=0 dashdash=""
    for ((i = cmd_at + 1; i < cword; i++)); do
        if [ -n "$dashdash" ] || [ "${words[i]}" = - ] || [[ ${words[i]} != -* ]]; then
            ((given++))
        elif [ "${words[i]}" = -- ]; then
            dashdash=1
        elif [[ ${words[i]} != *=* ]] && [ -n "$(_camtg_placeholder "$options" "${words[i]}")" ]; then
            ((i++))
        fi
    done
    local name desc
    read -r name desc < <(printf '%s\n' "$help" | _camtg_arguments | sed -n "$((given + 1))p")
    case $name in
        KEY) # an entity; for timeline also a commitment, as its help says
            COMPREPLY=($(compgen -W "$(_camtg_entity_keys "$prog" "${data[@]}"
                                       [[ $desc == *commitment* ]] &&
                                           _camtg_commitment_ids "$prog" "${data[@]}")" -- "$cur")) ;;
        FILE | INPUT | OUTPUT) _camtg_files ;;
        COMMAND) COMPREPLY=($(compgen -W "$(_camtg_commands "$prog")" -- "$cur")) ;;
    esac
}

complete -F _camtg camtg
