import {
  CalendarCheck,
  Coins,
  EyeOff,
  Flag,
  Gift,
  HandHeart,
  Handshake,
  Heart,
  KeyRound,
  Lightbulb,
  Link,
  Megaphone,
  MessageCircleQuestion,
  Star,
  StickyNote,
  Tag,
  TriangleAlert,
  Users,
  VolumeX,
  type LucideIcon,
} from 'lucide-react';
import type { KindIconName } from '../../lib/domain/kind-icons';
import { useKindOf } from '../app-context/settings-context';

const ICONS: Readonly<Record<KindIconName, LucideIcon>> = {
  'message-question': MessageCircleQuestion,
  key: KeyRound,
  gift: Gift,
  'hand-heart': HandHeart,
  heart: Heart,
  'calendar-check': CalendarCheck,
  megaphone: Megaphone,
  'eye-off': EyeOff,
  'volume-x': VolumeX,
  'sticky-note': StickyNote,
  handshake: Handshake,
  lightbulb: Lightbulb,
  users: Users,
  link: Link,
  star: Star,
  flag: Flag,
  coins: Coins,
  'alert-triangle': TriangleAlert,
  tag: Tag,
};

/** An icon by name, for pickers that show what a choice looks like. */
export function IconByName({ name, size = 16 }: { name: KindIconName; size?: number }) {
  const Icon = ICONS[name];
  return <Icon size={size} aria-hidden="true" focusable="false" />;
}

/** The icon the user chose for a kind. */
export function KindIcon({ kind, size = 16 }: { kind: string; size?: number }) {
  const kindOf = useKindOf();
  return <IconByName name={kindOf(kind).icon} size={size} />;
}
