#pragma once

#include "core/Result.h"
#include "ssh/SshSession.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace Berth::Engine {

// What the user is asked when a private key file needs its passphrase.
struct PassphraseQuestion
{
    QString keyFile;
    int attempt = 1; // 1 to KeyPassphrases::maxAttempts
    bool previousWasWrong = false; // the last answer did not open the key
    bool storedWasWrong = false; // the keychain held a passphrase that no longer opens it
};

struct PassphraseAnswer
{
    QString passphrase;
    bool remember = false; // store it in the OS keychain for next time
};

// Asks the user; called on a connection's worker thread and may block until they answer.
// An error (declined, nobody to ask) ends the login with that error's message.
using PassphraseAsker = std::function<Result<PassphraseAnswer>(const PassphraseQuestion &)>;

// Where remembered passphrases live (the OS keychain). Blocking calls from worker threads.
class PassphraseKeychain
{
public:
    virtual ~PassphraseKeychain() = default;
    // nullopt: nothing stored (or the keychain is unavailable — then the user is asked).
    [[nodiscard]] virtual std::optional<QString> load(const QString &keyFile) = 0;
    [[nodiscard]] virtual Result<void> store(const QString &keyFile, const QString &passphrase) = 0;
    virtual void remove(const QString &keyFile) = 0;
};

// The passphrases of encrypted private keys for one run of Berth: each key is unlocked once —
// from the keychain if remembered there, else by asking — and the passphrase is kept in memory
// for every later connection to any host. Thread-safe: the hosts of a run connect in parallel,
// and one question at a time is asked, so two hosts using the same key ask once.
// Passphrases are never logged nor written anywhere but the keychain, and only on request.
class KeyPassphrases : public std::enable_shared_from_this<KeyPassphrases>
{
public:
    static constexpr int maxAttempts = 3;

    KeyPassphrases(PassphraseAsker asker, std::shared_ptr<PassphraseKeychain> keychain);

    // The verified passphrase of `keyFile`, or why there is none. Blocking.
    [[nodiscard]] Result<QString> passphraseFor(const QString &keyFile);
    // passphraseFor() as Ssh::ConnectOptions wants it; keeps this object alive.
    [[nodiscard]] Ssh::PassphraseProvider provider();

private:
    PassphraseAsker m_asker;
    std::shared_ptr<PassphraseKeychain> m_keychain;
    std::mutex m_mutex; // held while asking: one question at a time
    struct Unlocked
    {
        QString passphrase;
        QDateTime modified; // of the key file: a replaced file is checked again
    };
    QHash<QString, Unlocked> m_unlocked; // absolute key path → passphrase
};

// The keychain entry name for a key file's passphrase: one entry per key file.
[[nodiscard]] QString passphraseKeychainKey(const QString &keyFile);
// The keychain service that holds SSH key passphrases.
[[nodiscard]] QString passphraseKeychainService();

// PassphraseKeychain over the OS keychain (KeychainSecretStore). Its store object lives on the
// thread that creates this (which must run an event loop: the GUI thread, or the CLI's main
// thread); calls from other threads wait for that thread to do the job.
class OsPassphraseKeychain : public PassphraseKeychain
{
public:
    OsPassphraseKeychain();
    ~OsPassphraseKeychain() override;
    OsPassphraseKeychain(const OsPassphraseKeychain &) = delete;
    OsPassphraseKeychain &operator=(const OsPassphraseKeychain &) = delete;

    [[nodiscard]] std::optional<QString> load(const QString &keyFile) override;
    [[nodiscard]] Result<void> store(const QString &keyFile, const QString &passphrase) override;
    void remove(const QString &keyFile) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Berth::Engine
