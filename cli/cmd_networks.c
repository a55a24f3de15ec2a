/*
 * cmd_networks.c - `mindset networks`: the network profiles and their expected mindset;
 * `mindset rules`: the rules findings are reported under, which --disable turns off.
 */
#include <stdio.h>

#include "cli.h"

int cmd_networks(int argc, char **argv)
{
    cli_options o = {0};
    int status = cli_begin(argc, argv, "networks",
                           "usage: mindset networks [--lexicons DIR]\n\nLists the network "
                           "profiles, their expected mindset and kind (profile or brand "
                           "page).",
                           &o);
    if (status != CLI_GO_ON)
        return status;
    mindset_engine *engine = NULL;
    if (cli_engine_new(&o, &engine) != 0)
        return EXIT_USAGE;
    printf("%-20s %-13s %-8s %s\n", "NETWORK", "MINDSET", "KIND", "ABOUT");
    for (size_t i = 0; i < mindset_engine_network_count(engine); i++) {
        const char *aliases = mindset_engine_network_aliases(engine, i);
        printf("%-20s %-13s %-8s %s%s%s%s\n", mindset_engine_network_name(engine, i),
               mindset_engine_network_mindset(engine, i),
               mindset_engine_network_kind(engine, i),
               mindset_engine_network_about(engine, i), *aliases ? " (alias: " : "",
               aliases, *aliases ? ")" : "");
    }
    mindset_engine_free(engine);
    return EXIT_PASS;
}

int cmd_rules(int argc, char **argv)
{
    cli_options o = {0};
    int status = cli_begin(argc, argv, "rules",
                           "usage: mindset rules\n\nLists the rules findings are reported "
                           "under. Turn one off with\ncheck --disable RULE, or "
                           "disable=RULE in the post's marker; a group (the\npart before "
                           "the dot, e.g. checklist) turns off all its rules. Which "
                           "rules\ngive a misfit on which network: mindset networks and "
                           "lexicons/networks.def.",
                           &o);
    if (status != CLI_GO_ON)
        return status;
    const char *about;
    printf("%-28s %s\n", "RULE", "FLAGS");
    for (size_t i = 0; mindset_rule_at(i, &about); i++)
        printf("%-28s %s\n", mindset_rule_at(i, NULL), about);
    return EXIT_PASS;
}
