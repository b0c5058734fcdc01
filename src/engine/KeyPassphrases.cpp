#include "engine/KeyPassphrases.h"

#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QThread>

#include <chrono>
#include <future>

namespace Berth::Engine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(KeyPassphrases)
};

QString absolute(const QString &keyFile)
{
    return QFileInfo(keyFile).absoluteFilePath();
}

// Runs an asynchronous keychain call on `context`'s thread and waits for its report. On that
// thread itself a local event loop waits (the CLI's main thread); from another thread the call
// is queued there and this thread blocks (a connection's worker).
template<typename T, typename Start>
Result<T> runOn(QObject *context, Start start)
{
    const auto unavailable = [] {
        return fail(QStringLiteral("keychain.unavailable"),
                    Text::tr("The keychain did not answer."));
    };
    if (QThread::currentThread() == context->thread()) {
        std::optional<Result<T>> outcome;
        QEventLoop loop;
        start([&outcome, &loop](Result<T> result) {
            outcome = std::move(result);
            loop.quit();
        });
        if (!outcome)
            loop.exec();
        return std::move(*outcome);
    }
    auto promise = std::make_shared<std::promise<Result<T>>>();
    std::future<Result<T>> future = promise->get_future();
    QMetaObject::invokeMethod(
        context,
        [start, promise] {
            start([promise](Result<T> result) { promise->set_value(std::move(result)); });
        },
        Qt::QueuedConnection);
    // Long enough for a keyring's unlock prompt; a broken promise (the store went away before
    // it ran the call) reads as "no answer".
    if (future.wait_for(std::chrono::minutes(2)) != std::future_status::ready)
        return unavailable();
    try {
        return future.get();
    } catch (const std::future_error &) {
        return unavailable();
    }
}

} // namespace

QString passphraseKeychainService()
{
    return QStringLiteral("Berth/SSH key passphrases");
}

QString passphraseKeychainKey(const QString &keyFile)
{
    return QDir::toNativeSeparators(absolute(keyFile));
}

KeyPassphrases::KeyPassphrases(PassphraseAsker asker, std::shared_ptr<PassphraseKeychain> keychain)
    : m_asker(std::move(asker))
    , m_keychain(std::move(keychain))
{ }

Ssh::PassphraseProvider KeyPassphrases::provider()
{
    return [self = shared_from_this()](const QString &keyFile) {
        return self->passphraseFor(keyFile);
    };
}

Result<QString> KeyPassphrases::passphraseFor(const QString &keyFile)
{
    const std::lock_guard lock(m_mutex);
    const QString id = absolute(keyFile);
    // Decrypting a key costs a key derivation (bcrypt for OpenSSH keys), so an unlocked key
    // is checked again only when its file changed since.
    const QDateTime modified = QFileInfo(id).lastModified();
    if (const auto known = m_unlocked.constFind(id); known != m_unlocked.cend()) {
        if (known->modified == modified || Ssh::keyFileOpensWith(id, known->passphrase))
            return known->passphrase;
    }
    const std::optional<QString> stored = m_keychain ? m_keychain->load(id) : std::nullopt;
    if (stored && Ssh::keyFileOpensWith(id, *stored)) {
        m_unlocked.insert(id, {*stored, modified});
        return *stored;
    }
    PassphraseQuestion question;
    question.keyFile = QDir::toNativeSeparators(id);
    question.storedWasWrong = stored.has_value();
    for (question.attempt = 1; question.attempt <= maxAttempts; ++question.attempt) {
        if (!m_asker)
            return fail(QStringLiteral("ssh.key-passphrase"),
                        Text::tr("The private key “%1” is protected by a passphrase, and none "
                                 "was given.")
                            .arg(question.keyFile));
        Result<PassphraseAnswer> answer = m_asker(question);
        if (!answer)
            return unexpected(answer.error());
        if (!Ssh::keyFileOpensWith(id, answer->passphrase)) {
            question.previousWasWrong = true;
            continue;
        }
        m_unlocked.insert(id, {answer->passphrase, modified});
        if (m_keychain && answer->remember)
            // Not remembered is no reason to fail the login: the next run asks again.
            (void)m_keychain->store(id, answer->passphrase);
        else if (m_keychain && stored)
            m_keychain->remove(id); // the stale one would only be tried and fail again
        return answer->passphrase;
    }
    return fail(QStringLiteral("ssh.key-passphrase-wrong"),
                Text::tr("The passphrase for the private key “%1” was wrong %2 times. Check it "
                         "with “ssh-keygen -y -f %1”, then connect again.")
                    .arg(question.keyFile)
                    .arg(maxAttempts));
}

struct OsPassphraseKeychain::Private
{
    QPointer<KeychainSecretStore> store;
};

OsPassphraseKeychain::OsPassphraseKeychain()
    : d(std::make_unique<Private>())
{
    d->store = new KeychainSecretStore(passphraseKeychainService());
}

OsPassphraseKeychain::~OsPassphraseKeychain()
{
    if (d->store)
        d->store->deleteLater(); // on its own thread, after any job it still runs
}

std::optional<QString> OsPassphraseKeychain::load(const QString &keyFile)
{
    if (!d->store)
        return std::nullopt;
    QPointer<KeychainSecretStore> store = d->store;
    const QString key = passphraseKeychainKey(keyFile);
    Result<QString> value
        = runOn<QString>(store.data(), [store, key](KeychainSecretStore::ReadHandler done) {
              if (store)
                  store->read(key, std::move(done));
          });
    return value ? std::optional<QString>(*value) : std::nullopt;
}

Result<void> OsPassphraseKeychain::store(const QString &keyFile, const QString &passphrase)
{
    if (!d->store)
        return fail(QStringLiteral("keychain.unavailable"), Text::tr("No keychain."));
    QPointer<KeychainSecretStore> store = d->store;
    const QString key = passphraseKeychainKey(keyFile);
    return runOn<void>(store.data(),
                       [store, key, passphrase](KeychainSecretStore::DoneHandler done) {
                           if (store)
                               store->write(key, passphrase, std::move(done));
                       });
}

void OsPassphraseKeychain::remove(const QString &keyFile)
{
    if (!d->store)
        return;
    QPointer<KeychainSecretStore> store = d->store;
    const QString key = passphraseKeychainKey(keyFile);
    (void)runOn<void>(store.data(), [store, key](KeychainSecretStore::DoneHandler done) {
        if (store)
            store->remove(key, std::move(done));
    });
}

} // namespace Berth::Engine
