/*
 * fuzz_scratch.h - where harnesses that write files for every input put them: memory-
 * backed /dev/shm when the system has one, /tmp otherwise.
 */
#ifndef MINDSET_FUZZ_SCRATCH_H
#define MINDSET_FUZZ_SCRATCH_H

#include <sys/stat.h>

static inline const char *fuzz_scratch_root(void)
{
    struct stat st;
    return stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode) ? "/dev/shm" : "/tmp";
}

#endif
