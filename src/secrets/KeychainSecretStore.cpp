#include "secrets/KeychainSecretStore.h"

#include <QUuid>

#include <qt6keychain/keychain.h>

namespace Berth {

namespace {

Error keychainError(const QKeychain::Job &job, const QString &what)
{
    QString message;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        message = KeychainSecretStore::tr("%1 is not in the keychain.").arg(what);
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        message = KeychainSecretStore::tr("The keychain refused access to %1. Unlock the "
                                          "keychain and allow Berth to use it.")
                      .arg(what);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        message = KeychainSecretStore::tr(
                      "No secure keychain is available for %1. On Linux, install and unlock a "
                      "Secret Service provider such as GNOME Keyring or KWallet; on Windows and "
                      "macOS, sign in to your user account's keychain.")
                      .arg(what);
        break;
    }
    return Error {job.error() == QKeychain::EntryNotFound ? QStringLiteral("keychain.not-found")
                                                          : QStringLiteral("keychain.unavailable"),
                  message, job.errorString()};
}

template<typename JobType>
JobType *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

QString KeychainSecretStore::backendVersion()
{
    return QStringLiteral(BERTH_QTKEYCHAIN_VERSION);
}

void KeychainSecretStore::startReportingDone(QKeychain::Job *job, const QString &key,
                                             DoneHandler handler)
{
    connect(job, &QKeychain::Job::finished, this,
            [handler = std::move(handler), key](QKeychain::Job *j) {
                if (j->error() != QKeychain::NoError)
                    handler(unexpected(keychainError(*j, key)));
                else
                    handler({});
            });
    job->start();
}

void KeychainSecretStore::read(const QString &key, ReadHandler handler)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this,
            [handler = std::move(handler), key](QKeychain::Job *j) {
                auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
                if (readJob->error() != QKeychain::NoError)
                    handler(unexpected(keychainError(*readJob, key)));
                else
                    handler(readJob->textData());
            });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, DoneHandler handler)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(value);
    startReportingDone(job, key, std::move(handler));
}

void KeychainSecretStore::remove(const QString &key, DoneHandler handler)
{
    startReportingDone(makeJob<QKeychain::DeletePasswordJob>(m_service, key, this), key,
                       std::move(handler));
}

void KeychainSecretStore::checkAvailable(const DoneHandler &handler)
{
    const QString probeKey
        = QStringLiteral("berth-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString probeValue = QUuid::createUuid().toString(QUuid::WithoutBraces);
    write(probeKey, probeValue, [this, probeKey, probeValue, handler](const Result<void> &written) {
        if (!written) {
            handler(unexpected(written.error()));
            return;
        }
        read(probeKey, [this, probeKey, probeValue, handler](Result<QString> value) {
            if (!value || *value != probeValue) {
                handler(fail(QStringLiteral("keychain.unavailable"),
                             tr("The keychain accepted a value but did not give it back. "
                                "Unlock the keychain and try again."),
                             value ? QString() : value.error().detail));
                return;
            }
            remove(probeKey, handler);
        });
    });
}

} // namespace Berth
