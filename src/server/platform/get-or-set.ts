type MapLike<K, V> = { get(key: K): V | undefined; set(key: K, value: V): unknown };

/** The value under `key`, made and stored first if absent. */
export function getOrSet<K, V>(map: MapLike<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
