#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace Berth {

// Secret values in the OS keychain (macOS Keychain, Windows Credential Manager, Secret
// Service on Linux) through QtKeychain. Lives on the thread with the event loop (the GUI
// thread): QtKeychain runs its jobs there, one at a time. Every call is asynchronous and
// reports through its callback, invoked on that thread. QtKeychain's plaintext fallback is
// never enabled: when no secure backend exists, calls fail and say so.
class KeychainSecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadHandler = std::function<void(Result<QString>)>;
    using DoneHandler = std::function<void(Result<void>)>;

    // `service` namespaces every entry (e.g. "Berth/<project id>/<destination>").
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    void read(const QString &key, ReadHandler handler);
    void write(const QString &key, const QString &value, DoneHandler handler);
    void remove(const QString &key, DoneHandler handler);

    // Proves the keychain works end to end: writes a probe entry, reads it back and deletes
    // it. A locked Linux keyring fails the write while "delete" still reports success, so
    // nothing less than a round trip can be trusted.
    void checkAvailable(const DoneHandler &handler);

    [[nodiscard]] QString service() const { return m_service; }
    [[nodiscard]] static QString backendVersion();

private:
    // Starts `job` and reports its outcome (for jobs that return no value) to `handler`.
    void startReportingDone(QKeychain::Job *job, const QString &key, DoneHandler handler);

    QString m_service;
};

} // namespace Berth
