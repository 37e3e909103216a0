;; WebAssembly SIMD loops for training kernels that tfjs-backend-wasm lacks or runs slowly.
;; The module imports the backend's own memory, so it works on tensors in place: every pointer
;; argument is a byte address in that memory (TypedArray.byteOffset). Source of
;; simdKernelsBinary.ts; rebuild with `node kernels/wasm-training/buildWasmModules.mjs`.
(module
  (import "env" "memory" (memory 1))

  ;; MaxPoolGrad for 2x2 windows with stride 2 (they tile the input), NHWC, channels a multiple
  ;; of 4. Writes every covered dx element: dy at the window's first maximum (strict >, in
  ;; row-major window order, starting from -inf, as tfjs's CPU backend does), +0 elsewhere.
  ;; Rows and columns no window covers are left alone (the caller zeroes them).
  (func (export "maxPoolGrad2x2Stride2")
    (param $dx i32) (param $x i32) (param $dy i32)
    (param $images i32) (param $outHeight i32) (param $outWidth i32)
    (param $channelBytes i32) (param $rowBytes i32) (param $imageBytes i32)
    (local $image i32) (local $oy i32) (local $ox i32) (local $i i32) (local $end i32) (local $at i32)
    (local $a v128) (local $b v128) (local $c v128) (local $d v128) (local $grad v128)
    (local $best v128) (local $ma v128) (local $mb v128) (local $mc v128) (local $md v128)
    (local $later v128) (local $ninf v128)
    (local.set $ninf (v128.const f32x4 -inf -inf -inf -inf))
    (block $imagesDone
      (loop $images
        (br_if $imagesDone (i32.ge_u (local.get $image) (local.get $images)))
        (local.set $oy (i32.const 0))
        (block $rowsDone
          (loop $rows
            (br_if $rowsDone (i32.ge_u (local.get $oy) (local.get $outHeight)))
            ;; i: byte offset of the window's top-left element in x and dx.
            (local.set $i
              (i32.add
                (i32.mul (local.get $image) (local.get $imageBytes))
                (i32.mul (i32.shl (local.get $oy) (i32.const 1)) (local.get $rowBytes))))
            (local.set $ox (i32.const 0))
            (block $windowsDone
              (loop $windows
                (br_if $windowsDone (i32.ge_u (local.get $ox) (local.get $outWidth)))
                (local.set $end (i32.add (local.get $i) (local.get $channelBytes)))
                (loop $channels
                  (local.set $at (i32.add (local.get $x) (local.get $i)))
                  (local.set $a (v128.load (local.get $at)))
                  (local.set $b (v128.load (i32.add (local.get $at) (local.get $channelBytes))))
                  (local.set $at (i32.add (local.get $at) (local.get $rowBytes)))
                  (local.set $c (v128.load (local.get $at)))
                  (local.set $d (v128.load (i32.add (local.get $at) (local.get $channelBytes))))
                  (local.set $grad (v128.load (local.get $dy)))
                  ;; m* : this element beats everything before it in the window.
                  (local.set $ma (f32x4.gt (local.get $a) (local.get $ninf)))
                  (local.set $best (v128.bitselect (local.get $a) (local.get $ninf) (local.get $ma)))
                  (local.set $mb (f32x4.gt (local.get $b) (local.get $best)))
                  (local.set $best (v128.bitselect (local.get $b) (local.get $best) (local.get $mb)))
                  (local.set $mc (f32x4.gt (local.get $c) (local.get $best)))
                  (local.set $best (v128.bitselect (local.get $c) (local.get $best) (local.get $mc)))
                  (local.set $md (f32x4.gt (local.get $d) (local.get $best)))
                  ;; The winner is the last element that beat its predecessors.
                  (local.set $at (i32.add (i32.add (local.get $dx) (local.get $i)) (local.get $rowBytes)))
                  (v128.store (i32.add (local.get $at) (local.get $channelBytes))
                    (v128.and (local.get $grad) (local.get $md)))
                  (v128.store (local.get $at)
                    (v128.and (local.get $grad) (v128.andnot (local.get $mc) (local.get $md))))
                  (local.set $later (v128.or (local.get $md) (local.get $mc)))
                  (local.set $at (i32.add (local.get $dx) (local.get $i)))
                  (v128.store (i32.add (local.get $at) (local.get $channelBytes))
                    (v128.and (local.get $grad) (v128.andnot (local.get $mb) (local.get $later))))
                  (local.set $later (v128.or (local.get $later) (local.get $mb)))
                  (v128.store (local.get $at)
                    (v128.and (local.get $grad) (v128.andnot (local.get $ma) (local.get $later))))
                  (local.set $dy (i32.add (local.get $dy) (i32.const 16)))
                  (local.set $i (i32.add (local.get $i) (i32.const 16)))
                  (br_if $channels (i32.lt_u (local.get $i) (local.get $end))))
                ;; Past the window's right column.
                (local.set $i (i32.add (local.get $i) (local.get $channelBytes)))
                (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
                (br $windows)))
            (local.set $oy (i32.add (local.get $oy) (i32.const 1)))
            (br $rows)))
        (local.set $image (i32.add (local.get $image) (i32.const 1)))
        (br $images))))

  ;; Column sums of a row-major [rows, cols] float32 matrix, cols a multiple of 4, rows >= 1:
  ;; out[j] = Σ_r x[r, j], accumulated in float64 (as the CPU backend's JS loop does), 4 columns
  ;; at a time.
  (func (export "sumColumns")
    (param $out i32) (param $x i32) (param $rows i32) (param $cols i32)
    (local $rowBytes i32) (local $j i32) (local $p i32) (local $end i32)
    (local $v v128) (local $low v128) (local $high v128)
    (local.set $rowBytes (i32.shl (local.get $cols) (i32.const 2)))
    (local.set $end (i32.add (local.get $x) (i32.mul (local.get $rows) (local.get $rowBytes))))
    (block $columnsDone
      (loop $columns
        (br_if $columnsDone (i32.ge_u (local.get $j) (local.get $rowBytes)))
        (local.set $p (i32.add (local.get $x) (local.get $j)))
        (local.set $low (v128.const f64x2 0 0))
        (local.set $high (v128.const f64x2 0 0))
        (loop $rowsLoop
          (local.set $v (v128.load (local.get $p)))
          (local.set $low (f64x2.add (local.get $low) (f64x2.promote_low_f32x4 (local.get $v))))
          (local.set $high
            (f64x2.add (local.get $high)
              (f64x2.promote_low_f32x4
                (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $v) (local.get $v)))))
          (local.set $p (i32.add (local.get $p) (local.get $rowBytes)))
          (br_if $rowsLoop (i32.lt_u (local.get $p) (local.get $end))))
        (local.set $p (i32.add (local.get $out) (local.get $j)))
        (f32.store offset=0 (local.get $p) (f32.demote_f64 (f64x2.extract_lane 0 (local.get $low))))
        (f32.store offset=4 (local.get $p) (f32.demote_f64 (f64x2.extract_lane 1 (local.get $low))))
        (f32.store offset=8 (local.get $p) (f32.demote_f64 (f64x2.extract_lane 0 (local.get $high))))
        (f32.store offset=12 (local.get $p) (f32.demote_f64 (f64x2.extract_lane 1 (local.get $high))))
        (local.set $j (i32.add (local.get $j) (i32.const 16)))
        (br $columns))))

  ;; out[r, j] = a[r, j] + b[j] for a row-major [rows, cols] a, cols a multiple of 4, rows >= 1
  ;; (a bias add). One float32 rounding, as the CPU backend's double sum rounded to float32.
  (func (export "addRowVector")
    (param $out i32) (param $a i32) (param $b i32) (param $rows i32) (param $cols i32)
    (local $rowBytes i32) (local $end i32) (local $p i32) (local $j i32)
    (local.set $rowBytes (i32.shl (local.get $cols) (i32.const 2)))
    (local.set $end (i32.mul (local.get $rows) (local.get $rowBytes)))
    (loop $rowsLoop
      (local.set $j (i32.const 0))
      (loop $columns
        (v128.store (i32.add (local.get $out) (local.get $p))
          (f32x4.add
            (v128.load (i32.add (local.get $a) (local.get $p)))
            (v128.load (i32.add (local.get $b) (local.get $j)))))
        (local.set $p (i32.add (local.get $p) (i32.const 16)))
        (local.set $j (i32.add (local.get $j) (i32.const 16)))
        (br_if $columns (i32.lt_u (local.get $j) (local.get $rowBytes))))
      (br_if $rowsLoop (i32.lt_u (local.get $p) (local.get $end)))))

  ;; Conv2DBackpropFilter for a 3x3 filter over one input channel, stride 1, NHWC:
  ;; dw[t, o] = Σ_{n, oy, ox} xPadded[n, oy + fy, ox + fx] · dy[n, oy, ox, o], t = 3·fy + fx,
  ;; for xPadded [images, outHeight + 2, outWidth + 2] (the caller pads) and outChannels a
  ;; multiple of 4. One pass over dy per 4 output channels, nine float32 accumulators.
  (func (export "filterGrad3x3OneChannel")
    (param $dw i32) (param $xPadded i32) (param $dy i32)
    (param $images i32) (param $outHeight i32) (param $outWidth i32) (param $outChannels i32)
    (local $rowBytes i32) (local $channelBytes i32) (local $group i32)
    (local $g i32) (local $p i32) (local $rowEnd i32) (local $image i32) (local $oy i32)
    (local $grad v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128) (local $t4 v128)
    (local $t5 v128) (local $t6 v128) (local $t7 v128) (local $t8 v128)
    (local.set $rowBytes (i32.shl (i32.add (local.get $outWidth) (i32.const 2)) (i32.const 2)))
    (local.set $channelBytes (i32.shl (local.get $outChannels) (i32.const 2)))
    (block $groupsDone
      (loop $groups
        (br_if $groupsDone (i32.ge_u (local.get $group) (local.get $channelBytes)))
        (local.set $t0 (v128.const i32x4 0 0 0 0)) (local.set $t1 (v128.const i32x4 0 0 0 0))
        (local.set $t2 (v128.const i32x4 0 0 0 0)) (local.set $t3 (v128.const i32x4 0 0 0 0))
        (local.set $t4 (v128.const i32x4 0 0 0 0)) (local.set $t5 (v128.const i32x4 0 0 0 0))
        (local.set $t6 (v128.const i32x4 0 0 0 0)) (local.set $t7 (v128.const i32x4 0 0 0 0))
        (local.set $t8 (v128.const i32x4 0 0 0 0))
        (local.set $g (i32.add (local.get $dy) (local.get $group)))
        (local.set $image (i32.const 0))
        (block $imagesDone
          (loop $imagesLoop
            (br_if $imagesDone (i32.ge_u (local.get $image) (local.get $images)))
            (local.set $oy (i32.const 0))
            (block $rowsDone
              (loop $rows
                (br_if $rowsDone (i32.ge_u (local.get $oy) (local.get $outHeight)))
                ;; p: xPadded[image, oy, 0]
                (local.set $p
                  (i32.add (local.get $xPadded)
                    (i32.mul (local.get $rowBytes)
                      (i32.add (local.get $oy)
                        (i32.mul (local.get $image) (i32.add (local.get $outHeight) (i32.const 2)))))))
                (local.set $rowEnd (i32.add (local.get $p) (i32.shl (local.get $outWidth) (i32.const 2))))
                (loop $columns
                  (local.set $grad (v128.load (local.get $g)))
                  (local.set $t0 (f32x4.add (local.get $t0) (f32x4.mul (v128.load32_splat offset=0 (local.get $p)) (local.get $grad))))
                  (local.set $t1 (f32x4.add (local.get $t1) (f32x4.mul (v128.load32_splat offset=4 (local.get $p)) (local.get $grad))))
                  (local.set $t2 (f32x4.add (local.get $t2) (f32x4.mul (v128.load32_splat offset=8 (local.get $p)) (local.get $grad))))
                  (local.set $t3 (f32x4.add (local.get $t3) (f32x4.mul (v128.load32_splat (i32.add (local.get $p) (local.get $rowBytes))) (local.get $grad))))
                  (local.set $t4 (f32x4.add (local.get $t4) (f32x4.mul (v128.load32_splat offset=4 (i32.add (local.get $p) (local.get $rowBytes))) (local.get $grad))))
                  (local.set $t5 (f32x4.add (local.get $t5) (f32x4.mul (v128.load32_splat offset=8 (i32.add (local.get $p) (local.get $rowBytes))) (local.get $grad))))
                  (local.set $t6 (f32x4.add (local.get $t6) (f32x4.mul (v128.load32_splat (i32.add (local.get $p) (i32.shl (local.get $rowBytes) (i32.const 1)))) (local.get $grad))))
                  (local.set $t7 (f32x4.add (local.get $t7) (f32x4.mul (v128.load32_splat offset=4 (i32.add (local.get $p) (i32.shl (local.get $rowBytes) (i32.const 1)))) (local.get $grad))))
                  (local.set $t8 (f32x4.add (local.get $t8) (f32x4.mul (v128.load32_splat offset=8 (i32.add (local.get $p) (i32.shl (local.get $rowBytes) (i32.const 1)))) (local.get $grad))))
                  (local.set $g (i32.add (local.get $g) (local.get $channelBytes)))
                  (local.set $p (i32.add (local.get $p) (i32.const 4)))
                  (br_if $columns (i32.lt_u (local.get $p) (local.get $rowEnd))))
                (local.set $oy (i32.add (local.get $oy) (i32.const 1)))
                (br $rows)))
            (local.set $image (i32.add (local.get $image) (i32.const 1)))
            (br $imagesLoop)))
        ;; dw[t, group..group+3]
        (local.set $p (i32.add (local.get $dw) (local.get $group)))
        (v128.store (local.get $p) (local.get $t0))
        (local.set $p (i32.add (local.get $p) (local.get $channelBytes)))
        (v128.store (local.get $p) (local.get $t1))
        (local.set $p (i32.add (local.get $p) (local.get $channelBytes)))
        (v128.store (local.get $p) (local.get $t2))
        (local.set $p (i32.add (local.get $p) (local.get $channelBytes)))
        (v128.store (local.get $p) (local.get $t3))
        (local.set $p (i32.add (local.get $p) (local.get $channelBytes)))
        (v128.store (local.get $p) (local.get $t4))
        (local.set $p (i32.add (local.get $p) (local.get $channelBytes)))
        (v128.store (local.get $p) (local.get $t5))
        (local.set $p (i32.add (local.get $p) (local.get $channelBytes)))
        (v128.store (local.get $p) (local.get $t6))
        (local.set $p (i32.add (local.get $p) (local.get $channelBytes)))
        (v128.store (local.get $p) (local.get $t7))
        (local.set $p (i32.add (local.get $p) (local.get $channelBytes)))
        (v128.store (local.get $p) (local.get $t8))
        (local.set $group (i32.add (local.get $group) (i32.const 16)))
        (br $groups))))
)
