#pragma once

#include "core/kamal/KamalConfig.h"

#include <QString>
#include <QStringList>

namespace Berth::Kamal {

// An interactive command on a server (`app exec -i`, `accessory exec -i`), run through the
// user's own OpenSSH with a terminal, exactly as Kamal does (reference §1.8): `-F…`,
// `-J`/`-o ProxyCommand`, `-i…`, `-o IdentitiesOnly=yes`, `-t user@host -p port 'cmd'`.
struct InteractiveSsh
{
    QStringList arguments; // for `ssh`, without a shell: the remote command is one argument
    QString commandLine; // what Kamal prints and runs: `ssh … 'cmd'` with ' escaped as '\''
};

[[nodiscard]] InteractiveSsh interactiveSsh(const KamalConfig &config, const QString &host,
                                            const QString &remoteCommand);

} // namespace Berth::Kamal
