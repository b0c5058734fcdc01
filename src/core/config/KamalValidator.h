#pragma once

#include "core/config/Diagnostic.h"
#include "core/config/YamlTree.h"

#include <QString>
#include <QStringList>

namespace Berth::Config {

// What the checks need to know beyond the configuration itself.
struct ValidationContext
{
    QString destination; // -d value, empty when none
    QStringList hookFiles; // file names present in the hooks folder (traefik hook rename check)
    QString kamalVersion = QStringLiteral("2.12.0"); // compared with `minimum_version`
};

// Kamal 2.12's own checks on the effective configuration (base deep-merged with the
// destination), in Kamal's order and with Kamal's exact English messages and slash paths
// ("servers/web/hosts/0: should be a string or a hash"), so Berth accepts and rejects exactly
// what the `kamal` CLI does. Kamal stops at the first problem; the first Error here is always
// the one Kamal raises, and further independent problems may follow it. Every diagnostic has
// severity Error, a "kamal.*" code and the position of the node it is about.
// Pure function of its arguments: safe to call from any thread.
[[nodiscard]] Diagnostics validateKamal(const YamlNodePtr &root, const ValidationContext &context);

// Berth's own advice on top of Kamal's checks (Warning or Info, "lint.*" codes, each with a
// hint): ports an accessory publishes on every interface, SSL without a host, literal
// passwords in clear env, health check paths without a leading '/', Kamal 1 keys with their
// Kamal 2 replacement, and keys written twice in one map. Pass a tree as parsed from one file
// to see its duplicate keys; a deep-merged tree has already dropped them.
[[nodiscard]] Diagnostics lintConfig(const YamlNodePtr &root, const ValidationContext &context);

} // namespace Berth::Config
