# Shared by the bench scripts that run commands in turn (sourced, not run): wall time of
# one command, and the minimum or median of the times recorded under one label.

# Wall time of one shell command in milliseconds; its output is discarded.
millis() {
    start=$(date +%s%N)
    sh -c "$1" >/dev/null 2>&1
    echo $((($(date +%s%N) - start) / 1000000))
}

# timing_stat FILE min|median LABEL: of the lines "LABEL MILLIS" in FILE, the least or
# the median (the lower middle one of an even count) time of LABEL.
timing_stat() {
    awk -v label="$3" '$1 == label { print $2 }' "$1" | sort -n | awk -v what="$2" '
        { t[++n] = $1 }
        END { print what == "min" ? t[1] : t[int((n + 1) / 2)] }'
}
