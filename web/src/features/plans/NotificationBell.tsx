import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, List, Popover, Spin, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { get, post } from '../../api/client';
import { useT } from '../../i18n/core';

type Notice = { id: number; kind: string; title: string; body: string; link: string | null; createdAt: string; readAt: string | null };

/** The in-app notification list (reminders, digests) as a bell with the unread count; for the shell's header. */
export function NotificationBell() {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  // Reminders are created by a job; a minute's delay in showing them is fine.
  const list = useQuery({
    queryKey: ['notifications'],
    queryFn: () => get<{ unread: number; items: Notice[] }>('/api/notifications'),
    refetchInterval: 60_000,
  });
  const read = useMutation({
    mutationFn: (ids: number[]) => post('/api/notifications/read', { ids }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const unread = (list.data?.items ?? []).filter((n) => !n.readAt);
  const open = (n: Notice) => {
    if (!n.readAt) read.mutate([n.id]);
    if (n.link) navigate(n.link);
  };
  const content = (
    <div style={{ width: 380, maxHeight: 440, overflow: 'auto' }}>
      {list.isLoading ? (
        <Spin />
      ) : list.error ? (
        <Typography.Text type="danger">{t('common.error')}</Typography.Text>
      ) : !list.data?.items.length ? (
        <Empty description={t('bell.empty')} />
      ) : (
        <List
          size="small"
          dataSource={list.data.items}
          renderItem={(n) => (
            <List.Item onClick={() => open(n)} style={{ cursor: n.link ? 'pointer' : 'default', background: n.readAt ? undefined : '#e6f4ff' }}>
              <List.Item.Meta title={n.title} description={<span style={{ whiteSpace: 'pre-line' }}>{n.body.slice(0, 300)}</span>} />
            </List.Item>
          )}
        />
      )}
    </div>
  );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={
        <span>
          {t('bell.title')}
          {unread.length > 0 && (
            <Button type="link" size="small" onClick={() => read.mutate(unread.map((n) => n.id))}>
              {t('bell.markAll')}
            </Button>
          )}
        </span>
      }
      content={content}
    >
      <Badge count={list.data?.unread ?? 0} size="small">
        <Button type="text" icon={<BellOutlined />} aria-label={t('bell.title')} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
