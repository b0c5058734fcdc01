#include "gui/BackupTableModel.h"

#include <QLocale>

namespace Berth::Gui {

BackupTableModel::BackupTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BackupTableModel::setRows(QList<Row> rows, QHash<QString, Backup::Verification> verified,
                               const QDateTime &now)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_verified = std::move(verified);
    m_now = now;
    endResetModel();
}

int BackupTableModel::indexOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.key == key)
            return i;
    }
    return -1;
}

int BackupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BackupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupTableModel::shortAge(qint64 seconds)
{
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < qint64(2) * 86400)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n d", nullptr, int(seconds / 86400));
}

QString BackupTableModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant BackupTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Backup::BackupEntry &entry = row.entry;
    const auto verified = m_verified.constFind(entry.database);
    const bool isVerified = verified != m_verified.cend() && verified->backupKey == entry.key;
    if (role == KeyRole)
        return entry.key;
    if (role == SetupRole)
        return row.setup;
    if (role == Qt::TextAlignmentRole && (index.column() == Size || index.column() == Age))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Database: return entry.database;
        case TimeLocal:
        case TimeUtc: return entry.time;
        case Size: return entry.size;
        case Age: return entry.ageSeconds(m_now);
        case Encrypted: return entry.encrypted;
        case Verified: return isVerified ? verified->when : QDateTime();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return entry.key;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Database: return entry.database;
    case TimeLocal: return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case TimeUtc: return entry.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Size: return sizeText(entry.size);
    case Age: return shortAge(entry.ageSeconds(m_now));
    case Encrypted: return entry.encrypted ? tr("Encrypted") : tr("Not encrypted");
    case Verified:
        return isVerified ? QLocale().toString(verified->when.toLocalTime(), QLocale::ShortFormat)
                          : QString();
    default: return {};
    }
}

QVariant BackupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Database: return tr("Database");
    case TimeLocal: return tr("Time (local)");
    case TimeUtc: return tr("Time (UTC)");
    case Size: return tr("Size");
    case Age: return tr("Age");
    case Encrypted: return tr("Encryption");
    case Verified: return tr("Verified");
    default: return {};
    }
}

} // namespace Berth::Gui
