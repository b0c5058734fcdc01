#pragma once

#include <QString>

namespace Berth::NetworkInfo {

// The TLS library Qt Network uses at run time (e.g. "OpenSSL 3.0.17"), or a sentence saying
// there is none — S3 over HTTPS needs one.
[[nodiscard]] QString tlsLibraryVersion();

} // namespace Berth::NetworkInfo
