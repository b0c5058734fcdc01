#pragma once

#include <QString>

namespace Berth::Ssh {

// The 1-based line of `file` whose host field names host:port (plain, comma lists, wildcard
// patterns or hashed `|1|salt|hash` entries, as `ssh-keygen -H` writes them); 0 if none.
// libssh tells that a key changed but not where the old one is; people need the line to fix it.
[[nodiscard]] int findKnownHostsLine(const QString &file, const QString &host, int port);

} // namespace Berth::Ssh
